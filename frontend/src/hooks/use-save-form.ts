import type { FormInstance } from 'antd';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, applyFieldErrors, problemMessage, type NamePath } from '@/lib/problem';

/** What a form shows above its fields after a refused save; field errors themselves sit on the fields. */
export type SaveProblem = { kind: 'stale' } | { kind: 'message'; text: string };

type Form = Pick<FormInstance, 'setFields' | 'getFieldsValue'>;

export type SaveFormOptions = {
  /** Conflicts about one field that come without fieldErrors, e.g. `{ BRANCH_CODE_TAKEN: 'code' }`. */
  fieldOfCode?: Record<string, string>;
  /**
   * The form's name for a field the server names otherwise ("scores[2].points" is the third score sent);
   * undefined when the field is none of the form's. Without it the server's name is the form's.
   */
  fieldPath?: (field: string) => NamePath | undefined;
  /** An answer this form words itself (a wrong password at sign-in); undefined leaves it to the common path. */
  describe?: (error: unknown) => SaveProblem | null | undefined;
  /** The words of the stale-version prompt, when the form has its own. */
  staleText?: string;
  /** Reads the record again after a stale version; without it the prompt only says so. */
  reload?: () => Promise<unknown>;
};

export type SaveForm = {
  /** What the last save's refusal left to say above the form; null when nothing (or all landed on fields). */
  problem: SaveProblem | null;
  /** Runs a save: the last problem goes, a refusal is reported. The save's result, or undefined when refused. */
  save: <T>(run: () => Promise<T>) => Promise<T | undefined>;
  /** Reports the refusal of a save run elsewhere (an autosave, a mutation's own onError). */
  fail: (error: unknown) => void;
  /** Says something above the form that the client found itself (e.g. what is still missing). */
  say: (text: string) => void;
  clear: () => void;
  /** What FormDrawer, FormModal and SaveProblemAlert take. */
  alert: { problem: SaveProblem | null; staleText?: string; onReload?: () => void };
};

/** A failed check of the form's own rules (antd's validateFields): those errors are on the fields already. */
function isValidationFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'errorFields' in error;
}

/**
 * The one way a form saves and reports a refusal: a stale version asks for a reload, the problem's fieldErrors
 * go onto the form fields, and anything else becomes a message in words above the form.
 */
export function useSaveForm(form: Form, options: SaveFormOptions = {}): SaveForm {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  // The options are read when an error comes, so a form may pass new ones on every render.
  const optionsRef = useRef(options);
  useLayoutEffect(() => {
    optionsRef.current = options;
  });

  const fail = useCallback(
    (error: unknown) => {
      if (isValidationFailure(error)) return;
      const { fieldOfCode = {}, fieldPath, describe } = optionsRef.current;
      const own = describe?.(error);
      if (own !== undefined) return setProblem(own);
      if (error instanceof ApiError && error.isStaleVersion) return setProblem({ kind: 'stale' });
      const { applied, unmatched } = applyFieldErrors(form, error, t, fieldOfCode, fieldPath);
      if (applied === 0) setProblem({ kind: 'message', text: problemMessage(error, t) });
      else if (unmatched.length) setProblem({ kind: 'message', text: t('errors.unmatched', { detail: unmatched.join('；') }) });
      else setProblem(null);
    },
    [form, t],
  );

  const save = useCallback(
    async <T>(run: () => Promise<T>): Promise<T | undefined> => {
      setProblem(null);
      try {
        return await run();
      } catch (error) {
        fail(error);
        return undefined;
      }
    },
    [fail],
  );

  const say = useCallback((text: string) => setProblem({ kind: 'message', text }), []);
  const clear = useCallback(() => setProblem(null), []);

  const reload = useCallback(async () => {
    try {
      await optionsRef.current.reload?.();
      setProblem(null);
    } catch (error) {
      setProblem({ kind: 'message', text: problemMessage(error, t) });
    }
  }, [t]);

  const alert: SaveForm['alert'] = { problem };
  if (options.staleText !== undefined) alert.staleText = options.staleText;
  if (options.reload) alert.onReload = () => void reload();
  return { problem, save, fail, say, clear, alert };
}
