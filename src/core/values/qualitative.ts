/** Qualitative wording → the profile's three tiers (SPEC §2). Unknown wording is null: needs judgement. */
import { normalizeText } from './normalize';

export type Tier = 1 | 2 | 3;

/** 达成: multi-character phrases, matched anywhere in the text. */
const TIER1_PHRASES = [
  '达成年度指标', '达成预期指标', '达成', '达到', '已完成', '完成', '合规', '及时', '按期', '按时', '达标',
  '效果明显', '显著', '明显提升', '显著提升', '有效', '良好', '满意', '健全', '规范', '合格', '到位', '未发生',
  '优秀', '很好', '非常好', '很高',
];
/** 达成: single characters, matched only as the whole text ("是", not "是否"). */
const TIER1_WORDS = ['是', '有', '好', '高', '无', '优'];

/** 部分达成. */
const TIER2_PHRASES = [
  '部分达成年度指标并具有一定效果', '部分达成', '基本达成', '基本完成', '基本达标', '有所提升', '有所提高', '一般',
  '较好', '比较好', '基本满意', '较满意', '基本健全', '较高',
  // "基本/部分" + a tier-1 phrase ("基本合格", "部分完成") is partial achievement.
  ...TIER1_PHRASES.flatMap((w) => ['基本' + w, '部分' + w]),
];

/** 未达成. */
const TIER3_PHRASES = [
  '未达成年度指标且效果较差', '未达成', '未完成', '不合规', '不及时', '未达标', '较差', '很差', '无法', '无效',
  '无明显', '无显著', '逾期',
  // "不/未" + a tier-1 phrase ("不满意", "未按期", "不到位") negates it.
  ...TIER1_PHRASES.flatMap((w) => ['不' + w, '未' + w]).filter((w) => w !== '未未发生'),
  ...TIER1_WORDS.map((w) => '不' + w),
];
const TIER3_WORDS = ['否', '差'];

/**
 * The tier a qualitative text implies, or null when it cannot be placed.
 * Tier 3 and tier 2 are checked first: "未完成" contains "完成", "基本满意" contains "满意".
 */
export function qualitativeTier(text: string): Tier | null {
  const t = normalizeText(text).replace(/[。.!！;；,，、]+$/, '');
  if (t === '') return null;
  if (TIER3_WORDS.includes(t) || TIER3_PHRASES.some((w) => t.includes(w))) return 3;
  if (TIER2_PHRASES.some((w) => t.includes(w))) return 2;
  if (TIER1_WORDS.includes(t) || TIER1_PHRASES.some((w) => t.includes(w))) return 1;
  // "无…事件" / "零投诉" targets: the absence is the achievement.
  if (/^[无零]/.test(t)) return 1;
  return null;
}
