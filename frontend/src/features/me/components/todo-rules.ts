import { paths } from '@/config/paths';
import type { Todo, TodoKind } from '../api/get-my-todos';

/** Where a to-do line is done: the page that lists what it counts. */
export function todoHref(todo: Pick<Todo, 'kind' | 'campaignId'>): string {
  const where: Record<TodoKind, string> = {
    DELIVERABLE_DUE: paths.materials.href(),
    DELIVERABLE_OVERDUE: paths.materials.href(),
    DELIVERABLE_RETURNED: paths.materials.href(),
    SELF_ASSESSMENT_DUE: paths.selfAssessment.href(),
    SCORESHEET_DUE: paths.scoring.href(),
    DELIVERABLE_TO_REVIEW: paths.review.href(),
    OBJECTION_OPEN: paths.commendationCampaign.href(todo.campaignId),
    NOTICE_ENDING: paths.commendationCampaign.href(todo.campaignId),
    RECOMMENDATION_TO_REVIEW: `${paths.campaign.href(todo.campaignId)}?tab=recommendations`,
    RECOMMENDATION_RETURNED: `${paths.campaign.href(todo.campaignId)}?tab=recommendations`,
  };
  return where[todo.kind];
}

/** Overdue lines are urgent; lines with a date ahead are due; the rest wait for someone. */
export function todoTone(kind: TodoKind): 'error' | 'warning' | 'processing' {
  if (kind === 'DELIVERABLE_OVERDUE') return 'error';
  if (kind === 'DELIVERABLE_RETURNED' || kind === 'NOTICE_ENDING' || kind === 'OBJECTION_OPEN' || kind === 'RECOMMENDATION_RETURNED')
    return 'warning';
  return 'processing';
}

/** How many things the to-do lines send to one page (the materials tab counts the branch's deliverable lines). */
export function todoCountAt(todos: readonly Pick<Todo, 'kind' | 'campaignId' | 'count'>[], href: string): number {
  return todos.filter((todo) => todoHref(todo) === href).reduce((sum, todo) => sum + todo.count, 0);
}
