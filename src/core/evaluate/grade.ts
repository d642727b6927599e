/** The recomputed total's grade and the sentence that explains it (SPEC §3.1: a total on a wrong base is not graded). */
import type { Grade } from '../evaluation';
import type { Profile } from '../rules/profile';
import { gradeFor } from '../rules/profile';
import { fmtNum, round2 } from '../format';

export interface GradeInput {
  /** Recomputed total, null when the table could not be scored. */
  total: number | null;
  /** Sum of the weights (indicators + 执行率), null without weights. */
  weightTotal: number | null;
  /** Why there is no total, when `total` is null. */
  notScoredReason: string;
  profile: Profile;
}

export interface GradeResult {
  grade: Grade | null;
  /** The total scaled to the profile's base when the weights add up to another number; information only. */
  totalOf100: number | null;
  gradeBasis: string;
}

export function gradeTotal(input: GradeInput): GradeResult {
  const { total, weightTotal, profile } = input;
  if (total === null || weightTotal === null) return { grade: null, totalOf100: null, gradeBasis: input.notScoredReason };
  const base = profile.totalPoints;
  if (Math.abs(weightTotal - base) > 0.01) {
    // Graded on the wrong base, 70 of 75 would read as 中 while it is 93 %: no grade, the scaled figure as a hint only.
    const scaled = weightTotal > 0 ? round2((total * base) / weightTotal) : null;
    const hint = scaled !== null ? `；折合${fmtNum(base)}分制为${fmtNum(scaled)}分，仅供参考` : '';
    return {
      grade: null,
      totalOf100: scaled,
      gradeBasis: `各项分值合计${fmtNum(weightTotal)}分，不等于总分${fmtNum(base)}分，复核总分${fmtNum(total)}分不评定等级${hint}。`,
    };
  }
  const grade = gradeFor(total, profile);
  const band = profile.grades.find((b) => b.grade === grade);
  const rule = band && band.min > 0 ? `（≥${fmtNum(band.min)}分）` : '';
  return { grade, totalOf100: null, gradeBasis: `复核总分${fmtNum(total)}分，评为“${grade}”${rule}。` };
}
