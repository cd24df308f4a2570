import i18n from 'i18next';
import { ApiError } from './problem';
import { reportSaveError } from './report-save-error';

const t = i18n.t.bind(i18n);

function fakeForm(fields: Record<string, unknown>) {
  return { setFields: vi.fn(), getFieldsValue: vi.fn(() => fields) };
}

describe('reportSaveError', () => {
  beforeEach(() => i18n.changeLanguage('zh-CN'));

  it('asks for a reload on a stale version and leaves the fields alone', () => {
    const form = fakeForm({ name: 'x' });
    const error = new ApiError(409, {
      code: 'STALE_VERSION',
      detail: 'Branch 3 was changed',
      fieldErrors: [{ field: 'name', code: 'INVALID', message: 'x' }],
    });
    expect(reportSaveError(error, form, { t })).toEqual({ kind: 'stale' });
    expect(form.setFields).not.toHaveBeenCalled();
  });

  it('puts fieldErrors on the fields and has nothing more to say when all of them landed', () => {
    const form = fakeForm({ code: '', fields: [{ key: 'a' }, { key: 'a' }] });
    const error = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      fieldErrors: [
        { field: 'code', code: 'PATTERN', message: "must be upper-case letters, digits and '_'" },
        { field: 'fields[1].key', code: 'DUPLICATE', message: 'appears twice' },
      ],
    });
    expect(reportSaveError(error, form, { t })).toBeNull();
    expect(form.setFields).toHaveBeenCalledWith([
      { name: ['code'], errors: ['须以大写字母开头，只含大写字母、数字和下划线'] },
      { name: ['fields', 1, 'key'], errors: ['不能重复'] },
    ]);
  });

  it('names the errors about fields the form does not have', () => {
    const form = fakeForm({ name: '' });
    const error = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      fieldErrors: [
        { field: 'name', code: 'REQUIRED', message: 'must not be blank' },
        { field: 'members', code: 'INVALID', message: 'must have exactly one LEADER (组长), not 2' },
      ],
    });
    expect(reportSaveError(error, form, { t })).toEqual({ kind: 'message', text: '请检查：须有且只有一名组长' });
  });

  it('puts a conflict about one field on that field', () => {
    const form = fakeForm({ code: 'PLAN' });
    const error = new ApiError(409, { code: 'BRANCH_CODE_TAKEN', detail: 'taken' });
    expect(reportSaveError(error, form, { t, fieldOfCode: { BRANCH_CODE_TAKEN: 'code' } })).toBeNull();
    expect(form.setFields).toHaveBeenCalledWith([{ name: ['code'], errors: ['已有组织使用该编码'] }]);
  });

  it('says anything else in words: other conflicts, lost connections, unknown errors', () => {
    const form = fakeForm({ name: '' });
    expect(
      reportSaveError(new ApiError(409, { code: 'SCORING_STARTED', detail: 'Scoring of campaign 2 has started' }), form, { t }),
    ).toEqual({
      kind: 'message',
      text: '考核评分已经开始，考核标准和等次不能再修改。',
    });
    expect(reportSaveError(new ApiError(409, { code: 'SOMETHING_NEW', detail: 'Scoring has started' }), form, { t })).toEqual({
      kind: 'message',
      text: '与现有数据冲突。',
    });
    expect(reportSaveError(new TypeError('Failed to fetch'), form, { t })).toEqual({
      kind: 'message',
      text: '无法连接服务器，请检查网络后重试。',
    });
    expect(reportSaveError(new Error('boom'), form, { t })).toEqual({ kind: 'message', text: '出现未知错误，请稍后重试。' });
    expect(form.setFields).not.toHaveBeenCalled();
  });
});
