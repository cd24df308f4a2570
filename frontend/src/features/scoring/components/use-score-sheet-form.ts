import { Form, type FormInstance } from 'antd';
import { useRef } from 'react';
import { useSaveForm, type SaveForm } from '@/hooks/use-save-form';
import { toNamePath, type NamePath } from '@/lib/problem';
import { total } from './score-rules';

type Options<Row> = {
  /** The ids of the rows scored (indicators or standards), in the campaign's order. */
  ids: string[];
  /** Where a row's points sit in the form. */
  pointsName: (id: string) => NamePath;
  /** What the API calls the rows sent: "scores[2].points" is about the third row sent. */
  list: string;
  /** The form's name for a field of a row sent; undefined when the form has no such field. */
  fieldOf: (row: Row, leaf: string | number | undefined) => NamePath | undefined;
};

export type ScoreSheetForm<Row> = SaveForm & {
  /** The points given so far; an empty score counts as 0. */
  running: number;
  /** Keeps the rows about to be sent, so the server's errors about them land on their fields; returns them. */
  sending: (rows: Row[]) => Row[];
  /** Before a submit: every row needs points; the empty ones are marked with `requiredText`. */
  requireAll: (requiredText: string, missingText: (count: number) => string) => boolean;
};

/**
 * A score sheet's form (an assessor's, a branch's own, a consensus): the running total, and a refused save through
 * the one save path with the server's errors about the rows sent ("scores[2].comment") put back on their fields.
 */
export function useScoreSheetForm<Values, Row>(
  form: FormInstance<Values>,
  { ids, pointsName, list, fieldOf }: Options<Row>,
): ScoreSheetForm<Row> {
  const sent = useRef<Row[]>([]);
  const saveForm = useSaveForm(form, {
    fieldPath: (field) => {
      const path = toNamePath(field);
      if (path[0] !== list) return path;
      const index = path[1];
      const row = typeof index === 'number' ? sent.current[index] : undefined;
      return row === undefined ? undefined : fieldOf(row, path[2]);
    },
  });
  const running =
    (Form.useWatch((values: Values) => total(ids.map((id) => pointsAt(values, pointsName(id)))), form) as number | undefined) ?? 0;

  const sending = (rows: Row[]) => {
    sent.current = rows;
    return rows;
  };

  const requireAll = (requiredText: string, missingText: (count: number) => string) => {
    const missing = ids.filter((id) => {
      const p: unknown = form.getFieldValue(pointsName(id) as never);
      return p === undefined || p === null;
    });
    if (!missing.length) return true;
    form.setFields(missing.map((id) => ({ name: pointsName(id) as never, errors: [requiredText] })));
    saveForm.say(missingText(missing.length));
    return false;
  };

  return { ...saveForm, running, sending, requireAll };
}

function pointsAt(values: unknown, name: NamePath): number | null | undefined {
  let at: unknown = values;
  for (const key of name) at = typeof at === 'object' && at !== null ? (at as Record<string | number, unknown>)[key] : undefined;
  return typeof at === 'number' ? at : null;
}
