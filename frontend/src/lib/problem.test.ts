import i18n from 'i18next';
import { changeLanguage } from './i18n';
import { ApiError, applyFieldErrors, fieldMessage, problemMessage, toNamePath } from './problem';

const t = i18n.t.bind(i18n);

function fakeForm(fields: Record<string, unknown>) {
  return { setFields: vi.fn(), getFieldsValue: vi.fn(() => fields) };
}

describe('problem', () => {
  beforeEach(() => changeLanguage('zh-CN'));

  it('turns field paths into antd name paths', () => {
    expect(toNamePath('name')).toEqual(['name']);
    expect(toNamePath('items[2].label')).toEqual(['items', 2, 'label']);
    expect(toNamePath('fields.0.key')).toEqual(['fields', 0, 'key']);
  });

  it('says a stale version in words, whatever the server detail', () => {
    const error = new ApiError(409, { status: 409, code: 'STALE_VERSION', detail: 'Branch 3 was changed' });
    expect(error.isStaleVersion).toBe(true);
    expect(problemMessage(error, t)).toBe('该记录已被他人修改，请重新加载后再试。');
  });

  it('says a problem by its code, not by the server’s English detail', () => {
    const taken = new ApiError(409, { code: 'BRANCH_CODE_TAKEN', detail: 'Another branch already has the code LS' });
    expect(problemMessage(taken, t)).toBe('已有组织使用该编码');
    // A Chinese name inside an English sentence does not make it Chinese.
    const onList = new ApiError(409, { code: 'ALREADY_ON_LIST', detail: '民进离石区总支 is already on the list' });
    expect(problemMessage(onList, t)).toBe('该组织已在名单上。');
    const missing = new ApiError(404, { code: 'NOT_FOUND', detail: 'Campaign 12 does not exist' });
    expect(problemMessage(missing, t)).toBe('要找的记录不存在或已被删除。');
  });

  it('keeps a detail the server wrote for people, in the reader’s language', async () => {
    const closed = new ApiError(409, {
      code: 'CAMPAIGN_CLOSED',
      detail: '活动已结束，只能查阅，不能修改阶段。Campaign is closed and read-only: cannot change the phases.',
    });
    expect(problemMessage(closed, t)).toBe('活动已结束，只能查阅，不能修改阶段。');
    await changeLanguage('en-US');
    expect(problemMessage(closed, t)).toBe('Campaign is closed and read-only: cannot change the phases.');
  });

  it('says a problem in English to an English reader', async () => {
    await changeLanguage('en-US');
    const taken = new ApiError(409, { code: 'BRANCH_CODE_TAKEN', detail: 'Another branch already has the code LS' });
    expect(problemMessage(taken, t)).toBe('Another branch already has this code');
    // A code this client does not know yet: the server's English is the best there is.
    expect(problemMessage(new ApiError(409, { code: 'SOMETHING_NEW', detail: 'Plain detail' }), t)).toBe('Plain detail');
  });

  it('falls back to the status, never to English in the Chinese reader’s page', () => {
    expect(problemMessage(new ApiError(409, { code: 'SOMETHING_NEW', detail: 'Plain detail' }), t)).toBe('与现有数据冲突。');
    expect(problemMessage(new ApiError(403, undefined), t)).toBe('您没有权限执行此操作。');
    // A proxy's error page is no problem body.
    expect(problemMessage(new ApiError(502, '<html>Bad gateway</html>' as never), t)).toBe('服务器出错，请稍后重试。');
    expect(problemMessage(new TypeError('Failed to fetch'), t)).toBe('无法连接服务器，请检查网络后重试。');
  });

  it('quotes the request id of a fault on the server, so that the operator can find it', () => {
    const fault = new ApiError(503, { status: 503, code: 'SERVICE_UNAVAILABLE', detail: 'busy', requestId: 'gw-42' });
    expect(problemMessage(fault, t)).toMatch(/（如需求助，请告知编号 gw-42）$/);
    const refused = new ApiError(409, { status: 409, code: 'STALE_VERSION', detail: 'changed', requestId: 'gw-43' });
    expect(problemMessage(refused, t)).not.toContain('gw-43');
  });

  it('says a field error by its code when it names no reason, never by its English message', async () => {
    expect(fieldMessage({ code: 'REQUIRED', message: 'must not be null' }, t)).toBe('必填');
    expect(fieldMessage({ code: 'UNKNOWN_REFERENCE', message: 'is not a phase of this campaign' }, t)).toBe('所选项不存在或不适用于此处');
    expect(fieldMessage({ code: 'WRONG_TYPE', message: 'wrong type or shape of value' }, t)).toBe('填写的值类型不对');
    expect(fieldMessage({ code: 'DUPLICATE', message: 'appears twice' }, t)).toBe('不能重复');
    // A message that names a bound is not read: without a reason the code alone speaks.
    expect(fieldMessage({ code: 'SIZE', message: 'size must be between 0 and 200' }, t)).toBe('内容太长');
    // A reason this client does not know yet: the code still speaks.
    expect(fieldMessage({ code: 'OUT_OF_RANGE', message: 'must be odd', reason: 'ODD', params: { max: 3 } }, t)).toBe('超出允许的范围');
    // A known reason whose params lack a value its sentence needs says no half sentence: the code speaks.
    expect(fieldMessage({ code: 'SIZE', message: 'too long', reason: 'TOO_LONG', params: {} }, t)).toBe('内容太长');
    // An INVALID rule this client has no words for.
    const unknownRule = { code: 'INVALID', message: 'must rhyme with the title', reason: 'RHYME' };
    expect(fieldMessage(unknownRule, t)).toBe('填写的内容不符合要求');
    await changeLanguage('en-US');
    expect(fieldMessage({ code: 'REQUIRED', message: 'must not be null' }, t)).toBe('Required');
    expect(fieldMessage(unknownRule, t)).toBe('must rhyme with the title');
  });

  // Every reason the SPA phrases, with the params the API sends for it; the message is not what is said.
  const reasons: [reason: string, params: Record<string, string | number> | undefined, zh: string, en: string][] = [
    ['TOO_LONG', { max: 200 }, '不能超过 200 个字符', 'At most 200 characters'],
    ['TOO_SHORT', { min: 2 }, '不能少于 2 个字符', 'At least 2 characters'],
    ['TOO_MANY_ITEMS', { max: 50 }, '最多 50 项', 'At most 50 items'],
    ['TOO_FEW_ITEMS', { min: 1 }, '至少 1 项', 'At least 1 items'],
    ['ITEM_TOO_LONG', { max: 50 }, '每项不能超过 50 个字符', 'At most 50 characters per item'],
    ['BETWEEN', { min: 0, max: 7.5 }, '须在 0 到 7.5 之间', 'Must be between 0 and 7.5'],
    ['AT_LEAST', { min: 0.5 }, '不能小于 0.5', 'Must be at least 0.5'],
    ['ABOVE', { min: 0 }, '须大于 0', 'Must be more than 0'],
    ['AT_MOST', { max: 100 }, '不能大于 100', 'Must be at most 100'],
    ['BELOW', { max: 10 }, '须小于 10', 'Must be less than 10'],
    ['DIGITS', { integer: 4, fraction: 1 }, '整数部分最多 4 位，小数部分最多 1 位', 'At most 4 digits before the point and 1 after it'],
    ['EMAIL', undefined, '请输入有效的电子邮箱', 'Enter a valid email address'],
    ['NOT_FUTURE', undefined, '不能晚于今天', 'Cannot be later than today'],
    ['DATE', undefined, '请输入有效的日期', 'Enter a valid date'],
    ['WHOLE_NUMBER', { min: -2147483648, max: 2147483647 }, '须为整数', 'Must be a whole number'],
    ['NUMBER', undefined, '须为数字', 'Must be a number'],
    ['PHONE', undefined, '请输入有效的电话号码', 'Enter a valid phone number'],
    ['CODE_CHARS', undefined, '只能包含字母、数字、下划线和短横线', 'Letters, digits, underscores and hyphens only'],
    ['UPPER_CODE', undefined, '须以大写字母开头，只含大写字母、数字和下划线', 'Capitals, digits and “_”, starting with a capital'],
    ['CAMEL_KEY', undefined, '须以小写字母开头，只含字母和数字', 'Letters and digits, starting with a small letter'],
    ['USERNAME', undefined, '须为 3 到 50 个字母、数字或“.”“_”“-”', '3 to 50 letters, digits, “.”, “_” or “-”'],
    ['NOT_PARTICIPATING', undefined, '未参加本次活动', 'Does not take part in this campaign'],
    ['NOT_ASSESSOR', undefined, '不是考核组成员的账号', 'Is not an assessor’s account'],
    [
      'AFTER_PHASE',
      { date: '2026-03-31', phase: 1 },
      '须晚于 2026-03-31（上一阶段的结束日期）',
      'Must be after 2026-03-31 (the end of the phase before)',
    ],
    [
      'BEFORE_PHASE',
      { date: '2026-07-01', phase: 3 },
      '须早于 2026-07-01（下一阶段的开始日期）',
      'Must be before 2026-07-01 (the start of the phase after)',
    ],
    [
      'INSIDE_PARENT',
      { from: '2026-03-01', to: '2026-04-30' },
      '须在上级活动该阶段的日期 2026-03-01 至 2026-04-30 之内',
      'Must lie inside 2026-03-01 to 2026-04-30, the adopted campaign’s dates for this phase',
    ],
    ['NOT_BEFORE_START', undefined, '不能早于开始日期', 'Cannot be before the start date'],
    [
      'COMMENT_WHEN_LOW',
      { indicator: 'S2' },
      '细则 S2 得分低于满分的 60%，须填写说明',
      'Indicator S2 is scored below 60 % of its points: explain why',
    ],
    [
      'UNSCORED',
      { missing: 'S1, S2' },
      '所有细则都评分后才能提交，尚未评分：S1, S2',
      'Score every indicator before submitting; not scored yet: S1, S2',
    ],
    ['UNSCORED_STANDARDS', { missing: 'UNITY' }, '每项标准都须给分，尚缺：UNITY', 'Every standard needs a score; missing: UNITY'],
    [
      'POINTS_SUM',
      { sum: 20, max: 25 },
      '各细则分值合计 20，须等于本标准的满分 25',
      'The indicators add up to 20; they must add up to the standard’s 25',
    ],
    ['HALF_STEP', undefined, '须为 0.5 的整数倍', 'Must be a multiple of 0.5'],
    ['ONE_LEADER', { leaders: 2 }, '须有且只有一名组长', 'Needs exactly one leader'],
    ['GRADE_ORDER', undefined, '须低于上一等次的分数线', 'Must be lower than the grade before it'],
    ['MASKED_PHONE', undefined, '请填写完整的电话号码', 'Enter the full phone number'],
    ['WRONG_PASSWORD', undefined, '当前密码不正确', 'The current password is wrong'],
    ['SAME_PASSWORD', undefined, '新密码不能与当前密码相同', 'The new password must differ from the current one'],
    [
      'WEAK_PASSWORD',
      undefined,
      '密码至少 8 个字符，并包含小写字母、大写字母、数字、符号中的至少 3 类',
      'At least 8 characters with 3 of: lower-case letters, upper-case letters, digits, symbols',
    ],
  ];

  it.each(reasons)('says the reason %s from its params', async (reason, params, zh, en) => {
    const fieldError = { code: 'INVALID', message: 'text for programmers', reason, params };
    expect(fieldMessage(fieldError, t)).toBe(zh);
    await changeLanguage('en-US');
    expect(fieldMessage(fieldError, t)).toBe(en);
  });

  it('puts fieldErrors on the form fields it has, translated, and reports the rest', () => {
    const form = fakeForm({ code: 'x', name: '', contactEmail: 'a' });
    const error = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      fieldErrors: [
        { field: 'name', code: 'REQUIRED', message: 'must not be blank' },
        { field: 'contactEmail', code: 'FORMAT', message: 'must be a well-formed email address', reason: 'EMAIL' },
        { field: 'version', code: 'REQUIRED', message: 'is required on update' },
        { field: 'weight', code: 'WRONG_TYPE', message: 'wrong type or shape of value' },
        { field: 'height', code: 'WRONG_TYPE', message: 'wrong type or shape of value' },
      ],
    });
    const result = applyFieldErrors(form, error, t);
    expect(form.setFields).toHaveBeenCalledWith([
      { name: ['name'], errors: ['必填'] },
      { name: ['contactEmail'], errors: ['请输入有效的电子邮箱'] },
    ]);
    // The API's names of fields the form lacks are no words for people; each message is said once.
    expect(result).toEqual({ applied: 2, unmatched: ['必填', '填写的值类型不对'] });
  });

  it('translates the refusals of half an emoji and of a fraction for a whole number', () => {
    const form = fakeForm({ name: '', memberCount: 1.5 });
    const error = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      fieldErrors: [
        { field: 'name', code: 'BROKEN_TEXT', message: 'contains a broken character (half of an emoji?); type or paste the text again' },
        { field: 'memberCount', code: 'WRONG_TYPE', message: 'must be a whole number', reason: 'WHOLE_NUMBER' },
      ],
    });
    applyFieldErrors(form, error, t);
    expect(form.setFields).toHaveBeenCalledWith([
      { name: ['name'], errors: ['含有残缺的字符（可能是半个表情符号），请重新输入'] },
      { name: ['memberCount'], errors: ['须为整数'] },
    ]);
  });

  it('says the refusals of message templates and message channels with their placeholders and channels', async () => {
    const unknown = {
      code: 'INVALID',
      message: 'names {foo}, which DELIVERABLE_RETURNED does not carry; allowed: title, reason, items, name, link',
      reason: 'UNKNOWN_PLACEHOLDER',
      params: { placeholder: 'foo', allowed: 'title, reason, items, name, link' },
    };
    expect(fieldMessage(unknown, t)).toBe('不能使用占位符 {foo}，可用的有：{title}、{reason}、{items}、{name}、{link}');
    expect(fieldMessage({ code: 'INVALID', message: 'has a brace', reason: 'UNPAIRED_BRACE' }, t)).toBe(
      '有不成对的花括号：占位符须写成 {title} 这样，括号成对',
    );
    const needed = { code: 'INVALID', message: 'is needed for SMS', reason: 'NEEDED_BY_CHANNEL', params: { channel: 'SMS' } };
    expect(fieldMessage(needed, t)).toBe('选择了短信，须填写此项');
    const off = { code: 'INVALID', message: 'EMAIL is not set up on this server', reason: 'CHANNEL_OFF', params: { channel: 'EMAIL' } };
    expect(fieldMessage(off, t)).toBe('本系统未开通邮件，不能选择');
    expect(fieldMessage({ code: 'INVALID', message: 'must be an absolute http or https address', reason: 'HTTP_URL' }, t)).toBe(
      '须是完整的 http 或 https 地址，如 https://portal.example.org/hooks',
    );
    expect(problemMessage(new ApiError(403, { code: 'TOP_ORGANISATION_ONLY' }), t)).toBe(
      '这是全系统的设置，只有最上级组织的管理员可以修改。',
    );
    await changeLanguage('en-US');
    expect(fieldMessage(unknown, t)).toBe('There is no placeholder {foo}; you may use {title}, {reason}, {items}, {name}, {link}');
    expect(fieldMessage(needed, t)).toBe('Needed for SMS, which you chose');
    expect(fieldMessage(off, t)).toBe('E-mail is not set up on this server and cannot be chosen');
  });

  it('says a body over the size limit in words', () => {
    const error = new ApiError(413, { status: 413, code: 'PAYLOAD_TOO_LARGE', detail: 'The request body is 30.0 MB' });
    expect(problemMessage(error, t)).toBe('提交的内容太大，请减小文件后重试。');
  });

  it('maps a conflict code onto the field it is about', () => {
    const form = fakeForm({ code: 'LS' });
    const error = new ApiError(409, { code: 'BRANCH_CODE_TAKEN', detail: 'Another branch already has the code LS' });
    expect(applyFieldErrors(form, error, t, { BRANCH_CODE_TAKEN: 'code' }).applied).toBe(1);
    expect(form.setFields).toHaveBeenCalledWith([{ name: ['code'], errors: ['已有组织使用该编码'] }]);
  });

  it('leaves the form alone when the error is not a problem', () => {
    const form = fakeForm({ name: '' });
    expect(applyFieldErrors(form, new Error('boom'), t)).toEqual({ applied: 0, unmatched: [] });
    expect(form.setFields).not.toHaveBeenCalled();
  });
});
