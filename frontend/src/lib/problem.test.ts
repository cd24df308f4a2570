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

  it('says a field error by its code, and by its message where that names a bound or the rule', async () => {
    expect(fieldMessage({ code: 'REQUIRED', message: 'must not be null' }, t)).toBe('必填');
    expect(fieldMessage({ code: 'UNKNOWN_REFERENCE', message: 'is not a phase of this campaign' }, t)).toBe('所选项不存在或不适用于此处');
    expect(fieldMessage({ code: 'WRONG_TYPE', message: 'wrong type or shape of value' }, t)).toBe('填写的值类型不对');
    expect(fieldMessage({ code: 'SIZE', message: 'size must be between 0 and 200' }, t)).toBe('不能超过 200 个字符');
    expect(fieldMessage({ code: 'OUT_OF_RANGE', message: 'must be greater than or equal to 0.5' }, t)).toBe('不能小于 0.5');
    expect(fieldMessage({ code: 'OUT_OF_RANGE', message: 'must be between 0 and 7.5 for indicator S2' }, t)).toBe('须在 0 到 7.5 之间');
    expect(fieldMessage({ code: 'INVALID', message: 'must be a multiple of 0.5' }, t)).toBe('须为 0.5 的整数倍');
    expect(fieldMessage({ code: 'INVALID', message: 'must be after 2026-03-31, the end of phase 1 (宣传动员)' }, t)).toBe(
      '须晚于 2026-03-31（上一阶段的结束日期）',
    );
    // An INVALID rule this client has no words for.
    const unknownRule = { code: 'INVALID', message: 'must rhyme with the title' };
    expect(fieldMessage(unknownRule, t)).toBe('填写的内容不符合要求');
    await changeLanguage('en-US');
    expect(fieldMessage({ code: 'SIZE', message: 'size must be between 0 and 200' }, t)).toBe('At most 200 characters');
    expect(fieldMessage({ code: 'REQUIRED', message: 'must not be null' }, t)).toBe('Required');
    expect(fieldMessage(unknownRule, t)).toBe('must rhyme with the title');
  });

  it('puts fieldErrors on the form fields it has, translated, and reports the rest', () => {
    const form = fakeForm({ code: 'x', name: '', contactEmail: 'a' });
    const error = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      fieldErrors: [
        { field: 'name', code: 'REQUIRED', message: 'must not be blank' },
        { field: 'contactEmail', code: 'FORMAT', message: 'must be a well-formed email address' },
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
        { field: 'memberCount', code: 'WRONG_TYPE', message: 'must be a whole number' },
      ],
    });
    applyFieldErrors(form, error, t);
    expect(form.setFields).toHaveBeenCalledWith([
      { name: ['name'], errors: ['含有残缺的字符（可能是半个表情符号），请重新输入'] },
      { name: ['memberCount'], errors: ['须为整数'] },
    ]);
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
