/** What workbook.xml and its relationships say: the sheets in order, their parts, styles and strings. */
import type { Document, Element } from '@xmldom/xmldom';
import type { OoxmlPackage } from './package';
import { childElements, firstChild, isTrue, NS, REL } from './xml';

export interface SheetInfo {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  relId: string;
  /** The sheet's part (resolved); null when the relationship is missing. */
  part: string | null;
  /** A worksheet (grid of cells) rather than a chart sheet or dialog sheet. */
  isWorksheet: boolean;
}

export interface WorkbookStructure {
  workbookPart: string;
  doc: Document;
  sheets: SheetInfo[];
  date1904: boolean;
  stylesPart: string | null;
  sharedStringsPart: string | null;
}

/** The package is not a readable workbook; `detail` says what is missing (zh-CN). */
export class PackageError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'PackageError';
  }
}

export async function readStructure(pkg: OoxmlPackage): Promise<WorkbookStructure> {
  const officeDoc = (await pkg.relationships('')).find((r) => r.type === REL.officeDocument && r.part);
  const workbookPart = officeDoc?.part && pkg.has(officeDoc.part) ? officeDoc.part : 'xl/workbook.xml';
  const doc = await pkg.xml(workbookPart);
  if (!doc) throw new PackageError('缺少工作簿部件 xl/workbook.xml');
  if (!pkg.has(`${workbookPart.replace(/[^/]*$/, '')}_rels/${workbookPart.replace(/^.*\//, '')}.rels`)) {
    throw new PackageError('缺少工作簿的关系部件 xl/_rels/workbook.xml.rels，无法找到各工作表');
  }
  const rels = await pkg.relationships(workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const root = doc.documentElement!;
  if (root.localName !== 'workbook' || root.namespaceURI !== NS.main) throw new PackageError('workbook.xml 不是 SpreadsheetML 工作簿');
  const sheetsEl = firstChild(root, 'sheets');
  const sheets = (sheetsEl ? childElements(sheetsEl, 'sheet') : []).map((e: Element): SheetInfo => {
    const relId = e.getAttributeNS(NS.rel, 'id') ?? '';
    const rel = byId.get(relId);
    const state = e.getAttribute('state');
    return {
      name: e.getAttribute('name') ?? '',
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      relId,
      part: rel?.part ?? null,
      isWorksheet: !rel || rel.type === REL.worksheet,
    };
  });
  const wbPr = firstChild(root, 'workbookPr');
  const partOf = (type: string) => rels.find((r) => r.type === type && r.part && pkg.has(r.part))?.part ?? null;
  return {
    workbookPart,
    doc,
    sheets,
    date1904: isTrue(wbPr?.getAttribute('date1904')),
    stylesPart: partOf(REL.styles),
    sharedStringsPart: partOf(REL.sharedStrings),
  };
}
