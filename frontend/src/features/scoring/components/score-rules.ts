/** The scoring rules the API enforces, checked before sending. */
export const COMMENT_BELOW = 0.6;

export type ScoreProblem = 'range' | 'step' | null;

/** 0..max in steps of 0.5; an empty score is allowed in a draft. */
export function scoreProblem(points: number | null | undefined, max: number): ScoreProblem {
  if (points === null || points === undefined) return null;
  if (points < 0 || points > max) return 'range';
  if (Math.round(points * 2) !== points * 2) return 'step';
  return null;
}

/** A score below 60 % of the indicator's points needs a comment. */
export function needsComment(points: number | null | undefined, max: number): boolean {
  return points !== null && points !== undefined && points < max * COMMENT_BELOW;
}

export function total(points: (number | null | undefined)[]): number {
  return points.reduce<number>((sum, p) => sum + (p ?? 0), 0);
}
