/** Row labels and label text of evaluation tables: 合计/小计 lines, 评价等级, weights stated in labels. */
import { normalizeLabel, toHalfWidth } from '../text';
import type { Grade } from '../evaluation';

const TOTAL = /^(合计|总计|总分|综合绩效|综合得分|总得分|得分合计|综合评分|评价总分|综合评价得分|绩效评价得分|评价得分合计)$/;
const SUBTOTAL = /^小计$/;
const GRADE_LABEL = /^(评价等级|等级|绩效等级|评价结果|综合评价等级|绩效评价等级)$/;

export type LineKind = 'total' | 'subtotal' | 'grade' | null;

export function lineKind(text: string): LineKind {
  const key = normalizeLabel(text);
  if (TOTAL.test(key)) return 'total';
  if (SUBTOTAL.test(key)) return 'subtotal';
  if (GRADE_LABEL.test(key)) return 'grade';
  return null;
}

const GRADE_WORDS: Record<string, Grade> = { 优: '优', 优秀: '优', 良: '良', 良好: '良', 中: '中', 中等: '中', 一般: '中', 合格: '中', 差: '差', 较差: '差', 不合格: '差' };

/** A stated grade ("优", "优秀", "良好" …) as one of the four grades, or null. */
export function gradeWord(text: string): Grade | null {
  return GRADE_WORDS[normalizeLabel(text).replace(/^[“"']|[”"']$/g, '')] ?? null;
}

/**
 * The weight a label states: "A2绩效目标(5分)", "C产出 （40分）", and for level labels also a bare "(12)"
 * (表4-2 writes "B1 资金管理(12)"). An item's own name must say 分: "(人)" or "(2022)" are not weights.
 */
export function statedWeight(text: string, isLevel: boolean): number | null {
  const s = toHalfWidth(text).replace(/\s+/g, '');
  const m = /\((\d+(?:\.\d+)?)分\)?/.exec(s) ?? (isLevel ? /\((\d+(?:\.\d+)?)\)$/.exec(s) : null);
  return m ? Number(m[1]) : null;
}

/** A label without its stated weight and spaces, for display: "A决策 (15分)" → "A决策". */
export function bareLabel(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '').replace(/\([^()]*\)$/, '') || text.trim();
}
