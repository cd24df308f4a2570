import { act, renderHook } from '@testing-library/react';
import i18n from 'i18next';
import { ApiError } from '@/lib/problem';
import { useSaveForm, type SaveFormOptions } from './use-save-form';

function fakeForm(fields: Record<string, unknown>) {
  return { setFields: vi.fn(), getFieldsValue: vi.fn(() => fields) };
}

/** The hook's problem after reporting `error` on a form with `fields`. */
function reported(form: ReturnType<typeof fakeForm>, error: unknown, options: SaveFormOptions = {}) {
  const { result } = renderHook(() => useSaveForm(form, options));
  act(() => result.current.fail(error));
  return result.current.problem;
}

describe('useSaveForm', () => {
  beforeEach(() => i18n.changeLanguage('zh-CN'));

  it('asks for a reload on a stale version and leaves the fields alone', () => {
    const form = fakeForm({ name: 'x' });
    const error = new ApiError(409, {
      code: 'STALE_VERSION',
      detail: 'Branch 3 was changed',
      fieldErrors: [{ field: 'name', code: 'INVALID', message: 'x' }],
    });
    expect(reported(form, error)).toEqual({ kind: 'stale' });
    expect(form.setFields).not.toHaveBeenCalled();
  });

  it('puts fieldErrors on the fields and has nothing more to say when all of them landed', () => {
    const form = fakeForm({ code: '', fields: [{ key: 'a' }, { key: 'a' }] });
    const error = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      fieldErrors: [
        { field: 'code', code: 'PATTERN', message: "must be upper-case letters, digits and '_'", reason: 'UPPER_CODE' },
        { field: 'fields[1].key', code: 'DUPLICATE', message: 'appears twice' },
      ],
    });
    expect(reported(form, error)).toBeNull();
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
        {
          field: 'members',
          code: 'INVALID',
          message: 'must have exactly one LEADER (组长), not 2',
          reason: 'ONE_LEADER',
          params: { leaders: 2 },
        },
      ],
    });
    expect(reported(form, error)).toEqual({ kind: 'message', text: '请检查：须有且只有一名组长' });
  });

  it('puts a conflict about one field on that field', () => {
    const form = fakeForm({ code: 'PLAN' });
    const error = new ApiError(409, { code: 'BRANCH_CODE_TAKEN', detail: 'taken' });
    expect(reported(form, error, { fieldOfCode: { BRANCH_CODE_TAKEN: 'code' } })).toBeNull();
    expect(form.setFields).toHaveBeenCalledWith([{ name: ['code'], errors: ['已有组织使用该编码'] }]);
  });

  it('says anything else in words: other conflicts, lost connections, unknown errors', () => {
    const form = fakeForm({ name: '' });
    expect(reported(form, new ApiError(409, { code: 'SCORING_STARTED', detail: 'Scoring of campaign 2 has started' }))).toEqual({
      kind: 'message',
      text: '考核评分已经开始，考核标准和等次不能再修改。',
    });
    expect(reported(form, new ApiError(409, { code: 'SOMETHING_NEW', detail: 'Scoring has started' }))).toEqual({
      kind: 'message',
      text: '与现有数据冲突。',
    });
    expect(reported(form, new TypeError('Failed to fetch'))).toEqual({
      kind: 'message',
      text: '无法连接服务器，请检查网络后重试。',
    });
    expect(reported(form, new Error('boom'))).toEqual({ kind: 'message', text: '出现未知错误，请稍后重试。' });
    expect(form.setFields).not.toHaveBeenCalled();
  });

  it('puts errors on the fields the form names otherwise', () => {
    const form = fakeForm({ s: {} });
    const sent = [{ indicatorId: 7 }, { indicatorId: 9 }];
    const fieldPath = (field: string) => {
      const match = /^scores\[(\d+)\]\.points$/.exec(field);
      return match ? ['s', String(sent[Number(match[1])]?.indicatorId), 'points'] : undefined;
    };
    const error = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      fieldErrors: [
        { field: 'scores[1].points', code: 'INVALID', message: 'must be a multiple of 0.5', reason: 'HALF_STEP' },
        { field: 'version', code: 'REQUIRED', message: 'must not be null' },
      ],
    });
    expect(reported(form, error, { fieldPath })).toEqual({ kind: 'message', text: '请检查：必填' });
    expect(form.setFields).toHaveBeenCalledWith([{ name: ['s', '9', 'points'], errors: ['须为 0.5 的整数倍'] }]);
  });

  it('lets a form word an answer itself and leaves the rest to the common path', () => {
    const form = fakeForm({ username: '' });
    const describe = (error: unknown) =>
      error instanceof ApiError && error.status === 401 ? { kind: 'message' as const, text: 'wrong password' } : undefined;
    expect(reported(form, new ApiError(401, { code: 'UNAUTHORIZED' }), { describe })).toEqual({ kind: 'message', text: 'wrong password' });
    expect(reported(form, new ApiError(403, undefined), { describe })).toEqual({ kind: 'message', text: '您没有权限执行此操作。' });
  });

  it('runs a save, clears the last problem and reports a refusal', async () => {
    const form = fakeForm({ name: '' });
    const { result } = renderHook(() => useSaveForm(form));
    let refused: unknown = 'not yet';
    await act(async () => {
      refused = await result.current.save(() => Promise.reject(new ApiError(403, undefined)));
    });
    expect(refused).toBeUndefined();
    expect(result.current.problem).toEqual({ kind: 'message', text: '您没有权限执行此操作。' });
    let saved: unknown;
    await act(async () => {
      saved = await result.current.save(() => Promise.resolve(42));
    });
    expect(saved).toBe(42);
    expect(result.current.problem).toBeNull();
  });

  it("leaves the form's own failed checks on its fields", async () => {
    const form = fakeForm({ name: '' });
    const { result } = renderHook(() => useSaveForm(form));
    await act(async () => {
      await result.current.save(() => Promise.reject({ errorFields: [{ name: ['name'], errors: ['必填'] }] }));
    });
    expect(result.current.problem).toBeNull();
    expect(form.setFields).not.toHaveBeenCalled();
  });

  it('reloads after a stale version and says so when the reload fails', async () => {
    const form = fakeForm({ name: '' });
    const reload = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce(undefined);
    const { result } = renderHook(() => useSaveForm(form, { reload, staleText: 'changed meanwhile' }));
    act(() => result.current.fail(new ApiError(409, { code: 'STALE_VERSION' })));
    expect(result.current.alert).toMatchObject({ problem: { kind: 'stale' }, staleText: 'changed meanwhile' });
    await act(async () => result.current.alert.onReload?.());
    expect(result.current.problem).toEqual({ kind: 'message', text: '无法连接服务器，请检查网络后重试。' });
    await act(async () => result.current.alert.onReload?.());
    expect(reload).toHaveBeenCalledTimes(2);
    expect(result.current.problem).toBeNull();
  });
});
