/**
 * A scoring profile: every rule that differs between regions, as one documented plain object.
 * Code never asks which region it is; it reads these fields. Each option's default is stated once, on
 * `ProfileOptions`, and `DEFAULT_OPTIONS` holds those values (the national rules of 财预〔2020〕10号).
 */
import type { Grade } from '../evaluation';

export type Tier = 1 | 2 | 3;

export interface GradeBand {
  grade: Grade;
  /** Lowest total (inclusive) that earns this grade. */
  min: number;
}

/** What a large over-achievement (completion ≥ `overThreshold`) does to an indicator (SPEC §3.3). */
export type OverAchievement =
  /** DEVIATION_LARGE and commentary, an explanation is required; the score stays full. */
  | { action: 'explain' }
  /** As `explain`, and the indicator loses `points` (never below 0). */
  | { action: 'deduct'; points: number }
  /** Nothing: no finding, no explanation required. */
  | { action: 'none' };

/** A band of 执行率 that caps the total: 执行率 < `below` → the total is at most `maxTotal`. */
export interface ExecutionCap {
  /** 执行率 as a fraction; the band is [next lower band's `below` (or 0), `below`). */
  below: number;
  maxTotal: number;
}

/** The rules of a profile. Every field has a default (the national rules) in `DEFAULT_OPTIONS`. */
export interface ProfileOptions {
  /** Stated total of a table. @default 100 */
  totalPoints: number;
  /** Recommended 预算执行率 weight. @default 10 */
  budgetWeight: number;
  /** Recommended weight of each 一级指标 (LEVEL1_SPLIT compares with it); null: no recommendation. @default { 产出指标: 50, 效益指标: 30, 满意度指标: 10 } */
  level1Weights: Record<string, number> | null;
  /** Where a missing 一级指标's weight goes (满意度 → 效益). @default { 满意度指标: '效益指标' } */
  level1Fallback: Record<string, string>;
  /** Score ranges of the qualitative tiers, as fractions of the weight: [low, high]. @default { 1: [0.8, 1], 2: [0.6, 0.8], 3: [0, 0.6] } */
  tierRanges: Record<Tier, [number, number]>;
  /** Fraction of the weight given when the reported score is missing or outside its tier. @default { 1: 1, 2: 0.7, 3: 0.3 } */
  tierDefaults: Record<Tier, number>;
  /**
   * A miss with completion below this needs an explanation (REASON_MISSING, commentary); 1 means any miss.
   * @default 1
   */
  underThreshold: number;
  /** A miss at or below this completion is also a large deviation (DEVIATION_LARGE). @default 0.8 */
  largeMissThreshold: number;
  /** Completion at or above this is a large over-achievement, handled by `overAchievement`. @default 1.2 */
  overThreshold: number;
  /** What a large over-achievement does. @default { action: 'explain' } */
  overAchievement: OverAchievement;
  /** 执行率 below this gives EXECUTION_RATE_LOW. @default 0.9 */
  executionRateThreshold: number;
  /** Whether a low 执行率 requires an explanation (warning instead of info). @default false */
  executionRateNeedsReason: boolean;
  /** Bands that cap the total by 执行率 (EXECUTION_CAP); empty: no cap. @default [] */
  executionCaps: ExecutionCap[];
  /**
   * SCORE_EXECUTION_INCOHERENT when the indicators' score rate exceeds the 执行率 by this share or more
   * (relative: 0.05 flags 84 % against 80 %); null: off. @default 0.05
   */
  coherence: number | null;
  /** Grade bands, highest first. @default 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 < 60 */
  grades: GradeBand[];
  /**
   * Weights to assume for tables without a 分值 column (推定权重): the budget weight and each 一级指标's
   * weight, split evenly across its indicators. null: such tables are checked but not scored. @default null
   */
  defaultWeights: { budget: number; level1: Record<string, number> | null } | null;
}

export interface Profile extends ProfileOptions {
  id: string;
  /** zh-CN display name. */
  name: string;
  /** The document the rules come from. */
  source: string;
}

const STANDARD_GRADES: GradeBand[] = [
  { grade: '优', min: 90 },
  { grade: '良', min: 80 },
  { grade: '中', min: 60 },
  { grade: '差', min: 0 },
];

export const DEFAULT_OPTIONS: Readonly<ProfileOptions> = {
  totalPoints: 100,
  budgetWeight: 10,
  level1Weights: { 产出指标: 50, 效益指标: 30, 满意度指标: 10 },
  level1Fallback: { 满意度指标: '效益指标' },
  tierRanges: { 1: [0.8, 1], 2: [0.6, 0.8], 3: [0, 0.6] },
  tierDefaults: { 1: 1, 2: 0.7, 3: 0.3 },
  underThreshold: 1,
  largeMissThreshold: 0.8,
  overThreshold: 1.2,
  overAchievement: { action: 'explain' },
  executionRateThreshold: 0.9,
  executionRateNeedsReason: false,
  executionCaps: [],
  coherence: 0.05,
  grades: STANDARD_GRADES,
  defaultWeights: null,
};

/** The options of SPEC §3.3 that differ between jurisdictions in practice: what a custom profile edits. */
export type JurisdictionOptions = Pick<ProfileOptions, 'underThreshold' | 'largeMissThreshold' | 'overThreshold' | 'overAchievement' | 'executionCaps' | 'coherence'>;

export const NATIONAL: Profile = {
  id: 'national',
  name: '全国通用（财预〔2020〕10号）',
  source: '财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）单位自评',
  ...DEFAULT_OPTIONS,
};

export const HUBEI: Profile = {
  ...NATIONAL,
  id: 'hubei',
  name: '湖北省（预算执行20分 + 绩效目标80分）',
  source: '湖北省项目支出绩效自评表填报说明（DB42/T1601-2020）',
  budgetWeight: 20,
  level1Weights: null,
  tierRanges: { 1: [0.8, 1], 2: [0.5, 0.8], 3: [0, 0.5] },
  tierDefaults: { 1: 1, 2: 0.65, 3: 0.25 },
  // Hubei forms often have no 分值 column: 80 points split evenly over the indicators.
  defaultWeights: { budget: 20, level1: null },
};

export const SICHUAN: Profile = {
  ...NATIONAL,
  id: 'sichuan',
  name: '四川省（预算执行10分 + 绩效指标90分）',
  source: '四川省（510000）项目支出绩效自评表填报说明',
  level1Weights: null,
  executionRateNeedsReason: true,
};

export const KASHGAR: Profile = {
  ...NATIONAL,
  id: 'kashgar',
  name: '喀什地区（中级以70分为界）',
  source: '喀地财绩〔2022〕2号（引自2022年度绩效评价报告）',
  grades: [
    { grade: '优', min: 90 },
    { grade: '良', min: 80 },
    { grade: '中', min: 70 },
    { grade: '差', min: 0 },
  ],
};

/** Guangxi's system asks for an explanation from 130 % of the target; misses are handled as nationally. */
export const GUANGXI: Profile = {
  ...NATIONAL,
  id: 'guangxi',
  name: '广西（完成率达130%须说明）',
  source: '广西预算绩效管理信息系统规则',
  overThreshold: 1.3,
};

export const PROFILES: Readonly<Record<string, Profile>> = {
  national: NATIONAL,
  hubei: HUBEI,
  sichuan: SICHUAN,
  kashgar: KASHGAR,
  guangxi: GUANGXI,
};

export function gradeFor(total: number, profile: Profile): Grade {
  for (const band of profile.grades) if (total >= band.min - 1e-9) return band.grade;
  return profile.grades[profile.grades.length - 1].grade;
}
