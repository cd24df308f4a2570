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
  const message = messageOf(error, t);
  // A fault on the server's side: the request's id lets the operator find what happened.
  const requestId = error instanceof ApiError && error.status >= 500 ? error.problem.requestId : undefined;
  return requestId ? t('errors.reference', { message, id: requestId }) : message;
}

function messageOf(error: unknown, t: TFunction): string {
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

/** The values a field error's rule names, by name: `{ max: 50 }`. */
export type FieldErrorParams = Record<string, components['schemas']['FieldErrorParam']>;

/** A field error as the API sends it: `reason` and `params` say more than `code`; `message` is for programmers. */
export interface FieldErrorData {
  code?: string;
  message?: string;
  reason?: string;
  params?: FieldErrorParams;
}

type Phrase = [key: string, values?: (params: FieldErrorParams, t: TFunction) => Record<string, string | number | undefined>];

const max = (p: FieldErrorParams) => ({ value: p.max });
const min = (p: FieldErrorParams) => ({ value: p.min });
// A message template's placeholder as it is written in the text: {title}.
const braced = (name: string) => `{${name.trim()}}`;
// A channel (EMAIL, SMS, ...) by its name in the reader's language.
const channel = (p: FieldErrorParams, t: TFunction) => ({
  channel: p.channel === undefined ? undefined : t(`errors.channel.${String(p.channel)}`, { defaultValue: String(p.channel) }),
});

// How the SPA phrases each reason the API names: the locale key and the sentence's values from the reason's params.
const REASONS: Record<string, Phrase | undefined> = {
  TOO_LONG: ['errors.validation.tooLong', max],
  TOO_SHORT: ['errors.validation.tooShort', min],
  TOO_MANY_ITEMS: ['errors.validation.tooManyItems', max],
  TOO_FEW_ITEMS: ['errors.validation.tooFewItems', min],
  ITEM_TOO_LONG: ['errors.validation.itemTooLong', max],
  BETWEEN: ['errors.validation.between', (p) => ({ min: p.min, max: p.max })],
  AT_LEAST: ['errors.validation.min', min],
  ABOVE: ['errors.validation.above', min],
  AT_MOST: ['errors.validation.max', max],
  BELOW: ['errors.validation.below', max],
  DIGITS: ['errors.validation.digits', (p) => ({ integer: p.integer, fraction: p.fraction })],
  EMAIL: ['errors.validation.email'],
  NOT_FUTURE: ['errors.validation.notFuture'],
  DATE: ['errors.validation.date'],
  WHOLE_NUMBER: ['errors.validation.wholeNumber'],
  NUMBER: ['errors.validation.number'],
  PHONE: ['errors.validation.phone'],
  CODE_CHARS: ['errors.validation.code'],
  UPPER_CODE: ['errors.validation.upperCode'],
  CAMEL_KEY: ['errors.validation.camelKey'],
  USERNAME: ['errors.validation.username'],
  NOT_PARTICIPATING: ['errors.validation.notParticipating'],
  NOT_ASSESSOR: ['errors.validation.notAssessor'],
  AFTER_PHASE: ['errors.validation.afterPhase', (p) => ({ value: p.date })],
  BEFORE_PHASE: ['errors.validation.beforePhase', (p) => ({ value: p.date })],
  INSIDE_PARENT: ['errors.validation.insideParent', (p) => ({ from: p.from, to: p.to })],
  NOT_BEFORE_START: ['errors.validation.notBeforeStart'],
  COMMENT_WHEN_LOW: ['errors.validation.commentWhenLow', (p) => ({ value: p.indicator })],
  UNSCORED: ['errors.validation.unscored', (p) => ({ value: p.missing })],
  UNSCORED_STANDARDS: ['errors.validation.unscoredStandards', (p) => ({ value: p.missing })],
  POINTS_SUM: ['errors.validation.pointsSum', (p) => ({ value: p.sum, max: p.max })],
  HALF_STEP: ['errors.validation.halfStep'],
  ONE_LEADER: ['errors.validation.oneLeader'],
  GRADE_ORDER: ['errors.validation.gradeOrder'],
  MASKED_PHONE: ['errors.validation.maskedPhone'],
  WRONG_PASSWORD: ['password.wrongCurrent'],
  SAME_PASSWORD: ['password.same'],
  WEAK_PASSWORD: ['password.weak'],
  ONE_OF: ['errors.validation.oneOf', (p) => ({ value: p.allowed })],
  CONFLICT_OF_INTEREST: ['errors.validation.conflictOfInterest', (p) => ({ value: p.assessor })],
  UNKNOWN_PLACEHOLDER: [
    'errors.validation.unknownPlaceholder',
    (p, t) => ({
      value: p.placeholder === undefined ? undefined : braced(String(p.placeholder)),
      allowed:
        p.allowed === undefined
          ? undefined
          : String(p.allowed)
              .split(',')
              .filter((name) => name.trim())
              .map(braced)
              .join(t('errors.listSeparator')),
    }),
  ],
  UNPAIRED_BRACE: ['errors.validation.unpairedBrace'],
  CHANNEL_OFF: ['errors.validation.channelOff', channel],
  NEEDED_BY_CHANNEL: ['errors.validation.neededByChannel', channel],
  HTTP_URL: ['errors.validation.httpUrl'],
};

/** The reason in words, or undefined when this client does not know it or the params lack a value its sentence needs. */
function byReason(reason: string | undefined, params: FieldErrorParams, t: TFunction): string | undefined {
  const phrase = reason ? REASONS[reason] : undefined;
  if (!phrase) return undefined;
  const [key, valuesOf] = phrase;
  const values = valuesOf?.(params, t) ?? {};
  // Params come from the server and may lack a name the sentence needs.
  if (Object.values(values).some((v) => v === undefined)) return undefined;
  return t(key, values);
}

/**
 * One of a problem's fieldErrors in words: by its reason and params, else by its code; the server's message (in the
 * reader's language) only for a rule this client cannot name.
 */
export function fieldMessage(fieldError: FieldErrorData, t: TFunction): string {
  const { code = 'INVALID', message = '', reason, params = {} } = fieldError;
  const specific = byReason(reason, params, t);
  if (specific) return specific;
  if (code !== 'INVALID' && i18n.exists(`errors.field.${code}`)) return t(`errors.field.${code}`);
  return inReadersLanguage(message) ?? t('errors.field.INVALID');
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
