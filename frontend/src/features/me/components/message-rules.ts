import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import type { Notification } from '../api/get-my-notifications';

/**
 * The message's params as its sentence names them: the days it names (deadline, until) in the one date format, and a
 * recommendation's outcome in words when `t` is given.
 */
export function messageParams(message: Pick<Notification, 'params'>, t?: (key: string) => string): Record<string, string> {
  const params = { ...message.params };
  for (const key of ['deadline', 'until', 'from', 'decisionDate']) {
    const value = params[key];
    if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) params[key] = formatDate(value);
  }
  if (t && params.outcome) params.outcome = t(`recommendations.status.${params.outcome}`);
  return params;
}

/** Where a message leads: the record it is about, else the page where its news is read. */
export function messageHref(message: Pick<Notification, 'kind' | 'campaignId' | 'subjectId'>): string {
  const { campaignId, subjectId } = message;
  switch (message.kind) {
    case 'DELIVERABLE_RETURNED':
    case 'DELIVERABLE_ACCEPTED':
      return campaignId != null && subjectId != null ? paths.deliverable.href(campaignId, subjectId) : paths.materials.href();
    case 'DEADLINE_EXTENDED':
    case 'DEADLINE_REMINDER':
    case 'DEADLINE_OVERDUE':
    case 'PHASE_OPENED':
      return paths.materials.href();
    case 'OVERDUE_DIGEST':
      return campaignId != null ? paths.progress.href(campaignId) : paths.progress.href();
    case 'ASSIGNMENT_MADE':
      return paths.scoring.href();
    case 'RESULTS_PUBLISHED':
      return paths.results.href();
    case 'COMMENDATION_PUBLISHED':
      return paths.commendation.href();
    case 'ACCOUNT_LOCKED':
    case 'PASSWORD_RESET':
      return paths.me.href();
    case 'RECOMMENDATION_RETURNED':
    case 'RECOMMENDATION_DECIDED':
      return campaignId != null ? `${paths.campaign.href(campaignId)}?tab=recommendations` : paths.campaigns.href();
    case 'FEEDBACK_RELEASED':
      return subjectId != null ? paths.feedbackReport.href(subjectId) : paths.feedback.href();
  }
}
