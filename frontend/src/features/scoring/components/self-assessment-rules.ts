import type { Standard } from '@/features/campaigns/api/get-standards';
import type { SelfAssessment, SelfScoreInput } from '../api/get-self-assessment';

export const JUSTIFICATION_MAX = 500;

export type SelfEntry = { points?: number | null; justification?: string };
export type SelfValues = { s: Record<string, SelfEntry> };
type Indicator = NonNullable<Standard['indicators']>[number];

export type SelfStatus = 'NONE' | 'DRAFT' | 'SUBMITTED';

export function selfStatus(self: SelfAssessment | null | undefined): SelfStatus {
  return self?.status ?? 'NONE';
}

export function selfInitialValues(self: SelfAssessment | null): SelfValues {
  const s: Record<string, SelfEntry> = {};
  for (const score of self?.scores ?? [])
    s[String(score.indicatorId)] = { points: score.points, justification: score.justification ?? undefined };
  return { s };
}

const scored = (e: SelfEntry | undefined) => e?.points != null;

/** What is sent: the scored indicators in the campaign's order, each with its trimmed justification. */
export function selfScores(indicators: Indicator[], values: SelfValues): SelfScoreInput[] {
  return (
    indicators
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- antd leaves the group undefined until an indicator is scored
      .filter((i) => scored(values.s?.[String(i.id)]))
      .map((i) => {
        const e = values.s[String(i.id)] ?? {};
        return { indicatorId: i.id, points: e.points ?? 0, justification: e.justification?.trim() || undefined };
      })
  );
}

export function justificationTooLong(text: string | undefined): boolean {
  return (text?.trim().length ?? 0) > JUSTIFICATION_MAX;
}
