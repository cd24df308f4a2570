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
    // A body that is no problem (a proxy's HTML or text page) carries nothing to show.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a body from a proxy may be anything
    const body = typeof problem === 'object' && problem !== null ? problem : undefined;
    super(body?.detail ?? body?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = body ?? { status };
  }

  get code(): string | undefined {
    return this.problem.code;
  }

  get isStaleVersion(): boolean {
    return this.status === 409 && this.problem.code === 'STALE_VERSION';
  }
}

/**
 * A message for people, in the reader's language: the server's own words when it wrote them in that language
 * (a refusal that names what the campaign's state forbids), otherwise the problem's code in words,
 * otherwise a text per status.
 */
export function problemMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    const { code, detail } = error.problem;
    // A detail written for people comes in Chinese and then in English; the others are English for programmers.
    const forPeople = sentencesOf(detail).some(isChinese) ? inReadersLanguage(detail) : undefined;
    if (forPeople) return forPeople;
    if (code && i18n.exists(`errors.code.${code}`)) return t(`errors.code.${code}`);
    // A code this client does not know yet: to an English reader the server's English says more than the status.
    return inReadersLanguage(detail) ?? t(`errors.status.${statusKey(error.status)}`);
  }
  if (error instanceof TypeError) return t('errors.network');
  return t('errors.unknown');
}

/** The server's text, or its sentences, in the reader's language; undefined when none is. */
export function inReadersLanguage(text: string | undefined): string | undefined {
  const chineseReader = i18n.language.startsWith('zh');
  const sentences = sentencesOf(text).filter((s) => isChinese(s) === chineseReader);
  return sentences.length ? sentences.join(chineseReader ? '' : ' ') : undefined;
}

function sentencesOf(text: string | undefined): string[] {
  return (text ?? '').split(/(?<=[。！？])\s*/).filter(Boolean);
}

// Chinese prose has Han characters and no run of English words: "民进某支部 is already on the list" is English.
function isChinese(text: string): boolean {
  return /\p{Script=Han}/u.test(text) && !/[A-Za-z]{2,}[\s,;:]+[A-Za-z]{2,}/.test(text);
}

function statusKey(status: number): string {
  if ([400, 401, 403, 404, 409, 413].includes(status)) return String(status);
  return status >= 500 ? '500' : 'other';
}

const NUMBER = String.raw`-?\d+(?:\.\d+)?`;

// Field messages that say more than their code: a bound, a format, which rule. Named groups fill the text.
const SPECIFIC_MESSAGES: [RegExp, string][] = [
  [/^(?:size must be between 0 and|must be at most) (?<value>\d+)(?: characters)?$/, 'errors.validation.tooLong'],
  [/^every item must be at most (?<value>\d+) characters$/, 'errors.validation.itemTooLong'],
  [/^must have at most (?<value>\d+) items$/, 'errors.validation.tooManyItems'],
  [new RegExp(`^must be between (?<min>${NUMBER}) and (?<max>${NUMBER})`), 'errors.validation.between'],
  [new RegExp(`^must be greater than or equal to (?<value>${NUMBER})$`), 'errors.validation.min'],
  [new RegExp(`^must be greater than (?<value>${NUMBER})$`), 'errors.validation.above'],
  [new RegExp(`^must be less than or equal to (?<value>${NUMBER})$`), 'errors.validation.max'],
  [/well-formed email/, 'errors.validation.email'],
  [/in the past or in the present/, 'errors.validation.notFuture'],
  [/^must be a date/, 'errors.validation.date'],
  [/^must be a whole number/, 'errors.validation.wholeNumber'],
  [/^must be a number$/, 'errors.validation.number'],
  [/^must be a phone number$/, 'errors.validation.phone'],
  [/^only letters, digits/, 'errors.validation.code'],
  [/^must be upper-case letters/, 'errors.validation.upperCode'],
  [/^must be a camelCase key$/, 'errors.validation.camelKey'],
  [/^must be 3 to 50 letters, digits/, 'errors.validation.username'],
  [/^does not take part in campaign/, 'errors.validation.notParticipating'],
  [/^is not an assessor's account$/, 'errors.validation.notAssessor'],
  [/^must be after (?<value>\S+), the end of phase/, 'errors.validation.afterPhase'],
  [/^must be before (?<value>\S+), the start of phase/, 'errors.validation.beforePhase'],
  [/^is required when indicator (?<value>\S+) is scored below/, 'errors.validation.commentWhenLow'],
  [/^every indicator must be scored before submitting; missing: (?<value>.+)$/, 'errors.validation.unscored'],
  [/^every standard needs a score; missing: (?<value>.+)$/, 'errors.validation.unscoredStandards'],
  [new RegExp(`^points sum to (?<value>${NUMBER}) but the standard's maxPoints is (?<max>${NUMBER})$`), 'errors.validation.pointsSum'],
];

// An INVALID code names no rule: its message says which.
const INVALID_MESSAGES: [RegExp, string][] = [
  [/^must not be (blank|null|empty)$/, 'errors.field.REQUIRED'],
  [/^unknown field$/, 'errors.field.UNKNOWN_FIELD'],
  [/^appears twice$/, 'errors.field.DUPLICATE'],
  [/^contains a broken character/, 'errors.field.BROKEN_TEXT'],
  [/^must be a multiple of 0\.5$/, 'errors.validation.halfStep'],
  [/^must not be before startsOn$/, 'errors.validation.notBeforeStart'],
  [/^must have exactly one LEADER/, 'errors.validation.oneLeader'],
  [/^must be lower than the grade before it/, 'errors.validation.gradeOrder'],
  [/^is masked but matches no stored number/, 'errors.validation.maskedPhone'],
  [/not your current password/, 'password.wrongCurrent'],
  [/^must differ from the current password/, 'password.same'],
  [/at least 8 characters/, 'password.weak'],
];

function translated(patterns: [RegExp, string][], message: string, t: TFunction): string | undefined {
  for (const [pattern, key] of patterns) {
    const match = pattern.exec(message);
    if (match) return t(key, { ...match.groups });
  }
  return undefined;
}

/** One of a problem's fieldErrors in words: by its code, or by its message where that names a bound or the rule. */
export function fieldMessage(fieldError: { code?: string; message?: string }, t: TFunction): string {
  const { code = 'INVALID', message = '' } = fieldError;
  const specific = translated(SPECIFIC_MESSAGES, message, t);
  if (specific) return specific;
  if (code !== 'INVALID' && i18n.exists(`errors.field.${code}`)) return t(`errors.field.${code}`);
  return translated(INVALID_MESSAGES, message, t) ?? inReadersLanguage(message) ?? t('errors.field.INVALID');
}

/** "items[0].label" becomes ['items', 0, 'label'], the name path antd forms use. */
export function toNamePath(field: string): (string | number)[] {
  return (
    field
      .split(/\.|\[(\d+)\]/)
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- split leaves undefined for a group that did not take part
      .filter((part) => part !== undefined && part !== '')
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
  );
}

/** A field's name in an antd form: "items[0].label" is ['items', 0, 'label']. */
export type NamePath = (string | number)[];

/**
 * Puts the problem's fieldErrors onto the form fields it knows; `fieldPath` gives the form's name for a field the
 * server names otherwise. Returns the errors that name no field of the form, so the caller can show them elsewhere.
 * Forms report a refused save through useSaveForm, which uses this.
 */
export function applyFieldErrors(
  form: Pick<FormInstance, 'setFields' | 'getFieldsValue'>,
  error: unknown,
  t: TFunction = i18n.t,
  fieldOfCode: Record<string, string> = {},
  fieldPath: (field: string) => NamePath | undefined = toNamePath,
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
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const unmatched: string[] = [];
  for (const fe of error.problem.fieldErrors) {
    const message = fieldMessage(fe, t);
    const name = fieldPath(fe.field);
    const root = name?.[0];
    if (name && typeof root === 'string' && known.has(root)) {
      const key = JSON.stringify(name);
      const entry = byField.get(key) ?? { name, errors: [] };
      entry.errors.push(message);
      byField.set(key, entry);
    }
    // The field's path is the API's name for it, not a word for people: the message alone says what to check.
    else if (!unmatched.includes(message)) unmatched.push(message);
  }
  form.setFields([...byField.values()]);
  return { applied: byField.size, unmatched };
}
