import type { components } from '@/lib/api/schema';

export type CommendationList = components['schemas']['CommendationList'];
export type ListSummary = components['schemas']['CommendationListSummary'];
export type ListEntry = components['schemas']['CommendationEntry'];
export type ListStatus = components['schemas']['ListStatus'];
export type Objection = components['schemas']['Objection'];
export type FeedbackReport = components['schemas']['FeedbackReport'];
export type FeedbackSummary = components['schemas']['FeedbackReportSummary'];
export type Campaign = components['schemas']['Campaign'];

/** Query keys of the commendation feature: everything under ['commendation']. */
export const commendationKeys = {
  all: ['commendation'] as const,
  lists: (campaignId: number) => [...commendationKeys.all, 'lists', campaignId] as const,
  published: () => [...commendationKeys.all, 'published'] as const,
  list: (id: number) => [...commendationKeys.all, 'list', id] as const,
  objections: (listId: number) => [...commendationKeys.all, 'objections', listId] as const,
  feedbackOf: (campaignId: number) => [...commendationKeys.all, 'feedback-of', campaignId] as const,
  ownFeedback: () => [...commendationKeys.all, 'own-feedback'] as const,
  feedback: (id: number) => [...commendationKeys.all, 'feedback', id] as const,
};
