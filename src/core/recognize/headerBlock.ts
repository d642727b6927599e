/**
 * Who a table belongs to, read from the header block above its indicators (SPEC §1.1, §7.1):
 * 主管部门, 实施单位 (or 单位名称 on a 部门整体 form) and 项目名称. The summary groups and sorts by them.
 * A value sits in the next filled cell right of its label ("主管部门 | 昆明市残联"), or in the label's own
 * cell after a colon ("主管部门：昆明市残联"); a 填报单位（盖章）：… line stands in for a missing 实施单位.
 */
import type { Grid } from '../grid';
import type { Region } from './budgetBlock';
import { filledColumns } from './cells';
import { normalizeLabel, toHalfWidth } from '../text';

export interface HeaderBlock {
  department: string | null;
  unit: string | null;
  project: string | null;
}

type Field = keyof HeaderBlock;

/** Normalised labels (brackets and colons dropped) → the field their value fills. */
const LABELS: Array<[RegExp, Field]> = [
  [/^(主管部门|主管单位|主管部门名称|部门名称|主管部门及代码)$/, 'department'],
  [/^(实施单位|项目实施单位|单位名称|预算单位|预算单位名称|项目单位|部门单位名称)$/, 'unit'],
  [/^项目名称$/, 'project'],
];

/** 填报单位（盖章）：天长市水利局　　填报日期：… — the unit, up to the next label or a wide gap. */
const FILING_UNIT = /^(?:填报单位|填表单位)(?:\([^)]*\))?[:：]\s*(.+?)(?:\s{2,}|\s*填报日期|\s*填表日期|$)/;

function fieldOf(text: string): Field | null {
  const key = normalizeLabel(text);
  for (const [pattern, field] of LABELS) if (pattern.test(key)) return field;
  return null;
}

/** "主管部门：昆明市残联" → ['主管部门', '昆明市残联']; null when the cell holds no colon with text after it. */
function splitInline(text: string): [string, string] | null {
  const m = /^([^:：]{2,12})[:：]\s*(\S.*)$/.exec(text.trim());
  return m ? [m[1], m[2].trim()] : null;
}

export function readHeaderBlock(grid: Grid, region: Region): HeaderBlock {
  const found: HeaderBlock = { department: null, unit: null, project: null };
  let filingUnit: string | null = null;
  for (let row = region.top; row <= region.bottom; row++) {
    const cols = filledColumns(grid, row, region.left, region.right);
    cols.forEach((col, i) => {
      const text = grid.text(row, col);
      const labelled = fieldOf(text);
      const next = cols[i + 1];
      if (labelled && next !== undefined && found[labelled] === null && !fieldOf(grid.text(row, next))) {
        found[labelled] = clean(grid.text(row, next));
        return;
      }
      const inline = splitInline(text);
      const inlineField = inline ? fieldOf(inline[0]) : null;
      if (inline && inlineField && found[inlineField] === null) found[inlineField] = clean(inline[1]);
      const filing = FILING_UNIT.exec(toHalfWidth(text).trim());
      if (filing && filingUnit === null) filingUnit = clean(filing[1]);
    });
  }
  if (found.unit === null) found.unit = filingUnit;
  return found;
}

/** Collapses line breaks and runs of spaces; an empty or placeholder value counts as absent. */
function clean(text: string): string | null {
  const s = text.replace(/\s+/g, ' ').trim();
  return s === '' || /^[-—/／无]+$/.test(s) ? null : s;
}
