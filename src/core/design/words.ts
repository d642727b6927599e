/**
 * The word lists of the indicator design checks (SPEC §3.4), as data. Matching is on normalised text
 * (half-width, no white space), anywhere in the text unless a list says "whole text".
 */

/** 产出 indicators that are really money flow (QUANTITY_IS_SPENDING). */
export const SPENDING_WORDS = ['资金支付', '资金拨付', '预算执行', '支出进度', '支付进度', '拨付进度', '执行率'];

/**
 * Not money flow although a spending word appears: how fast money reached the beneficiaries (资金拨付及时率)
 * is a 时效 output of a subsidy project, and a plan or a rule can be "executed" too.
 */
export const SPENDING_EXCEPTIONS = ['及时', '计划执行率', '任务执行率', '制度执行率', '政策执行率', '方案执行率'];

/** A 成本 indicator where "at least" is the right direction: savings and reductions. */
export const COST_RISE_IS_GOOD = ['节约', '节省', '降低', '下降', '压减', '压缩', '减少'];

/** A 满意度 actual that says no survey was made (SATISFACTION_WITHOUT_SURVEY), anywhere in the text. */
export const NO_SURVEY_PHRASES = [
  '无投诉', '未收到投诉', '未发生投诉', '没有投诉', '零投诉', '未接到投诉', '无不满意',
  '未调查', '未开展调查', '未开展满意度调查', '未进行调查', '未进行满意度调查', '无调查',
];
/** …or as the whole text. */
export const NO_SURVEY_WORDS = ['无', '没有'];

/**
 * A qualitative 效益/满意度 target without a tier word is still definite when it states an absolute state
 * that is simply true or false at year end (安全度汛, 全覆盖, 杜绝…).
 */
export const DEFINITE_STATE_WORDS = ['安全', '全覆盖', '全部', '杜绝', '消除', '零', '无'];

/** VAGUE_TARGET on a whole table: at least this many 效益 targets, all the same bare percentage. */
export const SAME_PERCENT_MIN_ROWS = 3;
