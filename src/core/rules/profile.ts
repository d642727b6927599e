/**
 * A scoring profile: every rule that differs between regions, as one documented plain object.
 * Code never asks which region it is; it reads these fields.
 */
import type { Grade } from '../evaluation';

export type Tier = 1 | 2 | 3;

export interface GradeBand {
  grade: Grade;
  /** Lowest total (inclusive) that earns this grade. */
  min: number;
}

export interface Profile {
  id: string;
  /** zh-CN display name. */
  name: string;
  /** The document the rules come from. */
  source: string;
  /** Stated total of a table. @default 100 */
  totalPoints: number;
  /** Recommended 预算执行率 weight. @default 10 */
  budgetWeight: number;
  /** Recommended weight of each 一级指标 (LEVEL1_SPLIT compares with it); null: no recommendation. */
  level1Weights: Record<string, number> | null;
  /** Where 满意度 weight goes when a table has no 满意度 indicator. */
  level1Fallback: Record<string, string>;
  /** Score ranges of the qualitative tiers, as fractions of the weight: [low, high]. */
  tierRanges: Record<Tier, [number, number]>;
  /** Fraction of the weight given when the reported score is missing or outside its tier. */
  tierDefaults: Record<Tier, number>;
  /** An explanation is required when |completion − 1| ≥ this (misses always need one). @default 0.2 */
  deviationThreshold: number;
  /** 执行率 below this gives EXECUTION_RATE_LOW. @default 0.9 */
  executionRateThreshold: number;
  /** Whether a low 执行率 requires an explanation (warning instead of info). */
  executionRateNeedsReason: boolean;
  /** Highest band first. */
  grades: GradeBand[];
  /**
   * Weights to assume for tables without a 分值 column (推定权重): the budget weight and each 一级指标's
   * weight, split evenly across its indicators. null: such tables are checked but not scored.
   */
  defaultWeights: { budget: number; level1: Record<string, number> | null } | null;
}

const STANDARD_GRADES: GradeBand[] = [
  { grade: '优', min: 90 },
  { grade: '良', min: 80 },
  { grade: '中', min: 60 },
  { grade: '差', min: 0 },
];

export const NATIONAL: Profile = {
  id: 'national',
  name: '全国通用（财预〔2020〕10号）',
  source: '财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）单位自评',
  totalPoints: 100,
  budgetWeight: 10,
  level1Weights: { 产出指标: 50, 效益指标: 30, 满意度指标: 10 },
  level1Fallback: { 满意度指标: '效益指标' },
  tierRanges: { 1: [0.8, 1], 2: [0.6, 0.8], 3: [0, 0.6] },
  tierDefaults: { 1: 1, 2: 0.7, 3: 0.3 },
  deviationThreshold: 0.2,
  executionRateThreshold: 0.9,
  executionRateNeedsReason: false,
  grades: STANDARD_GRADES,
  defaultWeights: null,
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

export const GUANGXI: Profile = {
  ...NATIONAL,
  id: 'guangxi',
  name: '广西（超出指标值30%须说明）',
  source: '广西预算绩效管理信息系统规则',
  deviationThreshold: 0.3,
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
