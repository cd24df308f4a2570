/** The scoring rules the API enforces, checked before sending. */
export const COMMENT_BELOW = 0.6;
/** Points go in halves. */
export const STEP = 0.5;

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

/** One tap of minus or plus: to the next half point on the grid, within 0..max; an empty score counts as 0. */
export function stepPoints(points: number | null | undefined, direction: 1 | -1, max: number): number {
  const from = points ?? 0;
  const next = direction > 0 ? Math.floor(from / STEP + 1e-9) * STEP + STEP : Math.ceil(from / STEP - 1e-9) * STEP - STEP;
  return Math.min(max, Math.max(0, next));
}

/** Points for reading: 8, 8.5 (never 8.0). */
export function showPoints(points: number | null | undefined): string {
  return points === null || points === undefined ? '—' : String(Number(points.toFixed(2)));
}
