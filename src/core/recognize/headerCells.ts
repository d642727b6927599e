/**
 * The header cells of a table or of a candidate row, each with the role it was given (or none): what
 * the recognition report, COLUMN_MISSING and TABLE_NOT_FOUND tell a clerk so the header can be fixed.
 */
import type { Grid } from '../grid';
import { toA1 } from '../grid';
import type { ColumnMap, ColumnRole } from '../table';
import { filledColumns } from './cells';
import { INDICATOR_RULES, ROLE_NAMES } from './headers';
import { acceptedWords } from './headerGrammar';
import { quote } from '../format';

export interface HeaderCellInfo {
  /** A1 address of the column's top header cell. */
  cell: string;
  col: number;
  /** The column's header text over the header rows, joined with "/". */
  text: string;
  /** The role given, or null when the column is ignored. */
  role: ColumnRole | null;
}

/** Every filled header cell in rows top..bottom, columns left..right, with the role `columns` gives its column. */
export function headerCells(grid: Grid, top: number, bottom: number, left: number, right: number, columns: ColumnMap): HeaderCellInfo[] {
  const roleOf = new Map<number, ColumnRole>();
  for (const [role, col] of Object.entries(columns)) roleOf.set(col as number, role as ColumnRole);
  const texts = new Map<number, { row: number; parts: string[] }>();
  for (let row = top; row <= bottom; row++) {
    for (const col of filledColumns(grid, row, left, right)) {
      const entry = texts.get(col) ?? { row, parts: [] };
      entry.parts.push(grid.text(row, col).replace(/\s+/g, ''));
      texts.set(col, entry);
    }
  }
  return [...texts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([col, { row, parts }]) => ({ cell: toA1(row, col), col, text: parts.join('/'), role: roleOf.get(col) ?? null }));
}

/** "一级指标（一级指标）、备注（未使用）": the headers found and the role each was given. */
export function describeHeaderCells(cells: readonly HeaderCellInfo[], max = 16): string {
  const shown = cells.slice(0, max).map((c) => `${quote(c.text, 16)}（${c.role ? ROLE_NAMES[c.role] : '未使用'}）`);
  return shown.join('、') + (cells.length > max ? `等${cells.length}列` : '');
}

/** What a header must say to give a role, in one phrase a clerk can act on. */
export function wordsFor(role: ColumnRole): string {
  const words = acceptedWords(INDICATOR_RULES, role);
  if (role === 'name') return `${words}，或在“二级指标”右侧仅写“指标”`;
  if (role === 'target') return `${words}；或${acceptedWords(INDICATOR_RULES, 'targetAdjusted')}`;
  return words;
}
