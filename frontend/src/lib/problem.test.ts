import i18n from 'i18next';
import { ApiError, applyFieldErrors, problemMessage, toNamePath } from './problem';

const t = i18n.t.bind(i18n);

function fakeForm(fields: Record<string, unknown>) {
  return { setFields: vi.fn(), getFieldsValue: vi.fn(() => fields) };
}

describe('problem', () => {
  beforeEach(() => i18n.changeLanguage('zh-CN'));

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

  it('translates known codes and falls back to the server detail, then to the status', () => {
    expect(problemMessage(new ApiError(409, { code: 'BRANCH_CODE_TAKEN', detail: 'x' }), t)).toBe('已有组织使用该编码');
    expect(problemMessage(new ApiError(409, { code: 'SOMETHING_NEW', detail: 'Plain detail' }), t)).toBe('Plain detail');
    expect(problemMessage(new ApiError(403, undefined), t)).toBe('您没有权限执行此操作。');
    expect(problemMessage(new TypeError('Failed to fetch'), t)).toBe('无法连接服务器，请检查网络后重试。');
  });

  it('puts fieldErrors on the form fields it has, translated, and reports the rest', () => {
    const form = fakeForm({ code: 'x', name: '', contactEmail: 'a' });
    const error = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      fieldErrors: [
        { field: 'name', code: 'INVALID', message: 'must not be blank' },
        { field: 'contactEmail', code: 'INVALID', message: 'must be a well-formed email address' },
        { field: 'version', code: 'INVALID', message: 'is required on update' },
      ],
    });
    const result = applyFieldErrors(form, error, t);
    expect(form.setFields).toHaveBeenCalledWith([
      { name: ['name'], errors: ['必填'] },
      { name: ['contactEmail'], errors: ['请输入有效的电子邮箱'] },
    ]);
    expect(result).toEqual({ applied: 2, unmatched: ['version: is required on update'] });
  });

  it('translates the refusals of half an emoji and of a fraction for a whole number', () => {
    const form = fakeForm({ name: '', memberCount: 1.5 });
    const error = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      fieldErrors: [
        { field: 'name', code: 'INVALID', message: 'contains a broken character (half of an emoji?); type or paste the text again' },
        { field: 'memberCount', code: 'INVALID', message: 'must be a whole number' },
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
