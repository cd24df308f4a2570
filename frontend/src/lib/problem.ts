import type { FormInstance } from 'antd';
import i18n, { type TFunction } from 'i18next';
import type { components } from './api/schema';

/** A problem as the API sends it; partial because an answer from elsewhere (a proxy, no body) carries less. */
export type Problem = Partial<components['schemas']['Problem']>;

/** An API answer other than 2xx, carrying the problem+json body when there is one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem ?? { status };
  }

  get code(): string | undefined {
    return this.problem.code;
  }

  get isStaleVersion(): boolean {
    return this.status === 409 && this.problem.code === 'STALE_VERSION';
  }
}

/** A message for people: the server's detail when it has one, otherwise a translated text per status. */
export function problemMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.isStaleVersion) return t('errors.staleVersion');
    const code = error.problem.code;
    if (code && code !== 'VALIDATION_FAILED' && i18n.exists(`errors.code.${code}`)) return t(`errors.code.${code}`);
    if (code === 'VALIDATION_FAILED') return t('errors.validationFailed');
    if (error.problem.detail) return error.problem.detail;
    if (error.problem.title) return error.problem.title;
    return t(`errors.status.${statusKey(error.status)}`);
  }
  if (error instanceof TypeError) return t('errors.network');
  return t('errors.unknown');
}

function statusKey(status: number): string {
  if ([400, 401, 403, 404, 409, 413].includes(status)) return String(status);
  return status >= 500 ? '500' : 'other';
}

// The server's validation messages are English; the common ones are shown in the user's language.
const VALIDATION_MESSAGES: [RegExp, string][] = [
  [/^must not be (blank|null|empty)$/, 'errors.validation.required'],
  [/^size must be between \d+ and (\d+)$/, 'errors.validation.tooLong'],
  [/well-formed email/, 'errors.validation.email'],
  [/in the past or in the present/, 'errors.validation.notFuture'],
  [/greater than or equal to (\d+)/, 'errors.validation.min'],
  [/less than or equal to (\d+)/, 'errors.validation.max'],
  [/^must be a phone number$/, 'errors.validation.phone'],
  [/^only letters, digits/, 'errors.validation.code'],
  [/^unknown field$/, 'errors.validation.unknown'],
  [/^must be upper-case letters/, 'errors.validation.upperCode'],
  [/^must be a camelCase key$/, 'errors.validation.camelKey'],
  [/^appears twice$/, 'errors.validation.duplicate'],
  [/^contains a broken character/, 'errors.validation.brokenText'],
  [/^must be a whole number$/, 'errors.validation.wholeNumber'],
];

export function fieldMessage(message: string, t: TFunction): string {
  for (const [pattern, key] of VALIDATION_MESSAGES) {
    const match = pattern.exec(message);
    if (match) return t(key, { value: match[1] });
  }
  return message;
}

/** "items[0].label" becomes ['items', 0, 'label'], the name path antd forms use. */
export function toNamePath(field: string): (string | number)[] {
  return field
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts the problem's fieldErrors onto the form fields it knows.
 * Returns the errors that name no field of the form, so the caller can show them elsewhere.
 */
export function applyFieldErrors(
  form: Pick<FormInstance, 'setFields' | 'getFieldsValue'>,
  error: unknown,
  t: TFunction = i18n.t,
  fieldOfCode: Record<string, string> = {},
): { applied: number; unmatched: string[] } {
  if (!(error instanceof ApiError)) return { applied: 0, unmatched: [] };
  // Some conflicts (a code already taken) are about one field although the server sends no fieldErrors.
  const codeField = error.code ? fieldOfCode[error.code] : undefined;
  if (codeField) {
    form.setFields([{ name: toNamePath(codeField), errors: [problemMessage(error, t)] }]);
    return { applied: 1, unmatched: [] };
  }
  if (!error.problem.fieldErrors?.length) return { applied: 0, unmatched: [] };
  const known = new Set(Object.keys(form.getFieldsValue(true) ?? {}));
  const byField = new Map<string, string[]>();
  const unmatched: string[] = [];
  for (const fe of error.problem.fieldErrors) {
    const field = fe.field ?? '';
    const message = fieldMessage(fe.message ?? '', t);
    const root = toNamePath(field)[0];
    if (typeof root === 'string' && known.has(root)) byField.set(field, [...(byField.get(field) ?? []), message]);
    else unmatched.push(field ? `${field}: ${message}` : message);
  }
  form.setFields([...byField].map(([field, errors]) => ({ name: toNamePath(field), errors })));
  return { applied: byField.size, unmatched };
}

/** A refused save of a small form: field errors go onto the fields; when none did, the message to show above them. */
export function fieldErrorsOrMessage(
  form: Pick<FormInstance, 'setFields' | 'getFieldsValue'>,
  error: unknown,
  t: TFunction = i18n.t,
): string | null {
  const { applied } = applyFieldErrors(form, error, t);
  return applied === 0 ? problemMessage(error, t) : null;
}
