import i18n, { type TFunction } from 'i18next';
import type { WebhookDeliveryStatus } from '../api/get-webhook-deliveries';
import type { ChangedRecord } from '../api/get-webhooks';

// The kinds of record an endpoint may receive, in the API's order; the record makes the compiler name one added later.
const EVENT_SET: Record<ChangedRecord, true> = {
  BRANCH: true,
  CAMPAIGN: true,
  PHASE: true,
  DELIVERABLE: true,
  SCORESHEET: true,
  RESULTS: true,
  COMMENDATION_LIST: true,
  RECOMMENDATION: true,
};
export const EVENTS = Object.keys(EVENT_SET) as ChangedRecord[];

const STATUS_SET: Record<WebhookDeliveryStatus, true> = { PENDING: true, SENT: true, FAILED: true };
export const STATUSES = Object.keys(STATUS_SET) as WebhookDeliveryStatus[];

/**
 * An event's type in words: "branch.created" is 基层组织·新建. A type this client does not know reads as it came.
 */
export function eventName(type: string, t: TFunction): string {
  const [record, operation, ...rest] = type.split('.');
  const recordKey = `webhooks.deliveries.record.${record ?? ''}`;
  const operationKey = `webhooks.deliveries.operation.${operation ?? ''}`;
  if (rest.length || !i18n.exists(recordKey) || !i18n.exists(operationKey)) return type;
  return t('webhooks.deliveries.typeName', { record: t(recordKey), operation: t(operationKey) });
}
