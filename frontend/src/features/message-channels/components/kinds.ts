import type { Channel, DeliveryStatus } from '../api/get-deliveries';
import type { MessageLocale, NotificationKind } from '../api/get-message-templates';

// Every kind of message, in the order the API lists them; the record makes the compiler name a kind added later.
const KIND_ORDER: Record<NotificationKind, true> = {
  DELIVERABLE_RETURNED: true,
  DELIVERABLE_ACCEPTED: true,
  DEADLINE_EXTENDED: true,
  ASSIGNMENT_MADE: true,
  RESULTS_PUBLISHED: true,
  COMMENDATION_PUBLISHED: true,
  FEEDBACK_RELEASED: true,
  DEADLINE_REMINDER: true,
  DEADLINE_OVERDUE: true,
  PHASE_OPENED: true,
  OVERDUE_DIGEST: true,
  RECOMMENDATION_RETURNED: true,
  RECOMMENDATION_DECIDED: true,
  ACCOUNT_LOCKED: true,
  PASSWORD_RESET: true,
};

export const KINDS = Object.keys(KIND_ORDER) as NotificationKind[];

const CHANNEL_SET: Record<Channel, true> = { EMAIL: true, SMS: true, WECOM: true, DINGTALK: true };
export const CHANNELS = Object.keys(CHANNEL_SET) as Channel[];

const STATUS_SET: Record<DeliveryStatus, true> = { PENDING: true, SENT: true, FAILED: true };
export const STATUSES = Object.keys(STATUS_SET) as DeliveryStatus[];

export const LOCALES: MessageLocale[] = ['zh-CN', 'en'];

export const isKind = (value: string | null): value is NotificationKind => value !== null && value in KIND_ORDER;
export const isChannel = (value: string | null): value is Channel => value !== null && value in CHANNEL_SET;
export const isStatus = (value: string | null): value is DeliveryStatus => value !== null && value in STATUS_SET;
