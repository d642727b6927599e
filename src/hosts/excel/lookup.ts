/**
 * The fallback read for cells the sheet read could not describe: fills where ExcelApi 1.9 is missing,
 * notes where the unit has notes of its own. One sync for notes; comments (no lookup by cell without
 * throwing) need a second one to learn where each comment sits.
 */
import type { ExcelCapabilities } from './capabilities';
import { rectOfAddress } from './readSheet';
import { toA1 } from '../../core/grid';

export interface CellDetails {
  fills: Map<string, string | null>;
  /** Below ExcelApi 1.9: cells whose fill reads "#FFFFFF", white or no fill alike (`fills` says null). */
  whiteOrNone: Set<string>;
  notes: Map<string, string | null>;
  syncs: number;
}

export async function lookupCellDetails(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  caps: ExcelCapabilities,
  fillCells: string[],
  noteCells: string[],
): Promise<CellDetails> {
  const fills = fillCells.map((cell) => {
    const fill = ws.getRange(cell).format.fill;
    fill.load(caps.cellProperties ? 'color,pattern' : 'color');
    return { cell, fill };
  });
  const wantNotes = noteCells.length > 0 && caps.annotations !== 'none';
  const notes = wantNotes && caps.annotations === 'note' ? noteCells.map((cell) => ({ cell, note: ws.notes.getItemOrNullObject(cell).load('content') })) : [];
  const comments = wantNotes && caps.annotations === 'comment' ? ws.comments.load('items/content') : null;
  await context.sync();
  let syncs = 1;

  const out: CellDetails = { fills: new Map(), whiteOrNone: new Set(), notes: new Map(), syncs };
  for (const { cell, fill } of fills) {
    // Without `pattern` (before 1.9) "no fill" and white read the same: recorded as none, and flagged.
    const white = !caps.cellProperties && fill.color?.toUpperCase() === '#FFFFFF';
    const none = caps.cellProperties ? fill.pattern === 'None' : white;
    out.fills.set(cell, none || !fill.color ? null : fill.color.toUpperCase());
    if (white) out.whiteOrNone.add(cell);
  }
  for (const { cell, note } of notes) out.notes.set(cell, note.isNullObject ? null : note.content);
  if (comments) {
    const located = comments.items.map((c) => ({ content: c.content, where: c.getLocation().load('address') }));
    await context.sync();
    syncs++;
    const byCell = new Map<string, string>();
    for (const { content, where } of located) {
      const r = rectOfAddress(where.address);
      byCell.set(toA1(r.top, r.left), content);
    }
    for (const cell of noteCells) out.notes.set(cell, byCell.get(cell) ?? null);
  }
  out.syncs = syncs;
  return out;
}
