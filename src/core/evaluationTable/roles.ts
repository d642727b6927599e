/**
 * What a header cell (or, in the summary by columns, a row's first cell) of an evaluation table names.
 * Descriptive columns (指标解释, 评价标准, 评价要点, 评价过程, 标杆值, 业绩值 …) get no role: they are ignored.
 */
import { normalizeLabel } from '../text';
import { indicatorRole } from '../recognize/headers';

export type EvaluationRole = 'label' | 'weight' | 'score' | 'rate';

const LABEL = /^((一|二|三|四)级指标|评价准则|指标类别|评价指标|指标名称|指标|评价内容|评价维度|评价项目|项目|准则|类别)$/;
const WEIGHT = /^((指标|准则|标准)?(分值|权重)(分)?|标准分|满分)$/;
/** 分值 is a weight unless a 权重 column stands beside it and nothing else says 得分 (表3-1: 权重 · 分值 · 得分率). */
const WEIGHT_OR_SCORE = /^(指标|准则)?分值$/;
const SCORE = /^((指标|评价|准则|综合|实际)?得分(值)?|评分|评价分)$/;
const RATE = /^得分(比)?率$/;

/** Every role word holds one of these: checking the raw text first spares normalising each data cell. */
const HINT = /[指准类评维项分权满得]/;
const roleCache = new Map<string, EvaluationRole | null>();

/** The role a header cell names, or null. Every cell of every row is asked: each text is classified once. */
export function evaluationRole(text: string): EvaluationRole | null {
  if (text.length > 30 || !HINT.test(text)) return null;
  const known = roleCache.get(text);
  if (known !== undefined) return known;
  const role = classify(text);
  if (roleCache.size >= 5000) roleCache.clear();
  roleCache.set(text, role);
  return role;
}

function classify(text: string): EvaluationRole | null {
  const key = normalizeLabel(text);
  if (!key) return null;
  if (RATE.test(key)) return 'rate';
  if (SCORE.test(key)) return 'score';
  if (WEIGHT.test(key)) return 'weight';
  if (LABEL.test(key)) return 'label';
  return null;
}

/** Target and actual columns by meaning (SPEC §1.3), also in wordings the 自评表 recogniser may not know yet. */
const VALUE_COLUMN = /(指标|目标|计划|预期)值|预期目标|年度目标|实际|完成(值|数|情况)/;

/**
 * Header words that make a row a 自评表 header (年度指标值, 实际完成值, 预期目标 …): such a table is never an
 * evaluation table, even when the 自评表 recogniser could not read it. 标杆值 and 业绩值 are evaluation words.
 */
export function isSelfEvaluationWord(text: string): boolean {
  const role = indicatorRole(text);
  if (role === 'target' || role === 'actual' || role === 'targetAdjusted') return true;
  return text.length <= 30 && VALUE_COLUMN.test(normalizeLabel(text)) && evaluationRole(text) === null;
}

export interface RoleAt<K> {
  key: K;
  role: EvaluationRole;
  text: string;
}

/**
 * Roles of a header line, with 权重 + 分值 and no 得分 read as weight + score. Returns null when the line lacks
 * a label, a weight or a score role (label optional when `needLabel` is false).
 */
export function resolveRoles<K>(cells: Array<{ key: K; text: string }>, needLabel: boolean): Array<RoleAt<K>> | null {
  const found: Array<RoleAt<K>> = [];
  for (const c of cells) {
    if (isSelfEvaluationWord(c.text)) return null;
    const role = evaluationRole(c.text);
    if (role) found.push({ key: c.key, role, text: c.text });
  }
  const weights = found.filter((f) => f.role === 'weight');
  if (!found.some((f) => f.role === 'score') && weights.length === 2) {
    const asScore = weights.find((w) => WEIGHT_OR_SCORE.test(normalizeLabel(w.text)));
    if (asScore && weights.some((w) => w !== asScore)) asScore.role = 'score';
  }
  const count = (r: EvaluationRole) => found.filter((f) => f.role === r).length;
  if (count('weight') !== 1 || count('score') !== 1 || count('rate') > 1) return null;
  if (needLabel && count('label') === 0) return null;
  return found;
}
