import type { FormInstance } from 'antd';
import i18n, { type TFunction } from 'i18next';
import { ApiError, applyFieldErrors, problemMessage } from './problem';

/** What a form shows above its fields after a refused save; field errors themselves sit on the fields. */
export type SaveProblem = { kind: 'stale' } | { kind: 'message'; text: string };

/**
 * The one way a form reports a failed save: a stale version asks for a reload, the problem's fieldErrors
 * go onto the form fields, and anything else becomes a message in words.
 * Returns null when every error landed on a field.
 */
export function reportSaveError(
  error: unknown,
  form: Pick<FormInstance, 'setFields' | 'getFieldsValue'>,
  { t = i18n.t, fieldOfCode = {} }: { t?: TFunction; fieldOfCode?: Record<string, string> } = {},
): SaveProblem | null {
  if (error instanceof ApiError && error.isStaleVersion) return { kind: 'stale' };
  const { applied, unmatched } = applyFieldErrors(form, error, t, fieldOfCode);
  if (applied === 0) return { kind: 'message', text: problemMessage(error, t) };
  if (unmatched.length) return { kind: 'message', text: t('errors.unmatched', { detail: unmatched.join('；') }) };
  return null;
}
