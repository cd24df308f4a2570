import { useCallback, useEffect, useRef, useState } from 'react';

/** Where the unsaved typing of one deliverable waits in this browser, with the version it was typed on. */
const storageKey = (id: number) => `cx.deliverable-draft.${id}`;

type Stored<V> = { values: V; baseVersion: number };

/** The typing kept in this browser for this deliverable, if it was typed on the version the server still has. */
export function readLocalDraft<V>(id: number, serverVersion: number): V | null {
  try {
    const raw = window.localStorage.getItem(storageKey(id));
    if (!raw) return null;
    const stored = JSON.parse(raw) as Stored<V>;
    if (stored.baseVersion !== serverVersion) {
      // Saved elsewhere since: the server's copy is newer than this browser's.
      window.localStorage.removeItem(storageKey(id));
      return null;
    }
    return stored.values;
  } catch {
    return null;
  }
}

function writeLocalDraft<V>(id: number, stored: Stored<V> | null) {
  try {
    if (stored) window.localStorage.setItem(storageKey(id), JSON.stringify(stored));
    else window.localStorage.removeItem(storageKey(id));
  } catch {
    // Private mode or a full storage: the server autosave still keeps the work.
  }
}

export type AutosaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'failed';

/**
 * Keeps every keystroke: each change is written to this browser at once and saved to the server a moment later
 * (and when the page is hidden, e.g. while the camera app is open). Saves run one at a time, each on the newest
 * version, so a photo upload can first `flush()` what was typed, and a submit can `carry()` it in its own request.
 */
export function useDraftAutosave<V>({
  id,
  version,
  read,
  save,
  delayMs = 1500,
}: {
  id: number;
  /** The version the server last gave. */
  version: number;
  /** The form's current values. */
  read: () => V;
  /** Saves the values on the given version; answers the new version, or null when the server refused them. */
  save: (values: V, version: number) => Promise<number | null>;
  delayMs?: number;
}) {
  const versionRef = useRef(version);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const [state, setState] = useState<AutosaveState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  // The newest read and save, so the callbacks below stay the same across renders (a pending timer keeps working).
  const io = useRef({ read, save });
  useEffect(() => {
    io.current = { read, save };
  }, [read, save]);

  // A newer version read from the server (after an upload or a refetch) is the one to write on.
  useEffect(() => {
    if (version > versionRef.current) versionRef.current = version;
  }, [version]);

  /**
   * One write of what is unsaved, outside the queue: `write` gets the typing (null when all is saved) and the version,
   * and answers the new version. When it lands, the typing counts as saved unless more was typed meanwhile; when it
   * fails, the typing is unsaved again (and stays in this browser) and the state becomes `failedState`.
   */
  const writeUnsaved = useCallback(
    async (write: (values: V | null, version: number) => Promise<number>, failedState: AutosaveState): Promise<number> => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      const values = dirty.current ? io.current.read() : null;
      dirty.current = false;
      if (values) setState('saving');
      let landed: number;
      try {
        landed = await write(values, versionRef.current);
      } catch (error) {
        if (values) {
          dirty.current = true;
          setState(failedState);
        }
        throw error;
      }
      versionRef.current = landed;
      if (!values) return landed;
      // What was typed while the write was under way is still waiting.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a keystroke during the await sets the ref
      if (JSON.stringify(io.current.read()) === JSON.stringify(values) && !dirty.current) {
        writeLocalDraft(id, null);
        setState('saved');
        setSavedAt(new Date());
      } else {
        writeLocalDraft(id, { values: io.current.read(), baseVersion: landed });
      }
      return landed;
    },
    [id],
  );

  /** A save of what is unsaved; null when the server refused it. */
  const run = useCallback(
    (): Promise<number | null> =>
      writeUnsaved(async (values, version) => {
        if (!values) return version;
        const next = await io.current.save(values, version).catch(() => null);
        if (next == null) throw new Error('refused');
        return next;
      }, 'failed').catch(() => null),
    [writeUnsaved],
  );

  /** Saves now whatever is unsaved (after the saves already under way); answers the version to write on next. */
  const flush = useCallback((): Promise<number | null> => {
    const next = chain.current.then(run);
    chain.current = next.catch(() => null);
    return next;
  }, [run]);

  /**
   * Runs a write that carries the unsaved typing itself (a submit), in turn with the saves: it gets what is unsaved
   * (null when all is saved) and the version to write on, and answers the new version. Only if it lands is the typing
   * taken as saved; if it fails, the typing is still unsaved (and kept in this browser).
   */
  const carry = useCallback(
    (write: (values: V | null, version: number) => Promise<number>): Promise<number> => {
      const next = chain.current.then(() => writeUnsaved(write, 'dirty'));
      chain.current = next.catch(() => null);
      return next;
    },
    [writeUnsaved],
  );

  /** Call on every change of the form. */
  const changed = useCallback(() => {
    dirty.current = true;
    setState('dirty');
    writeLocalDraft(id, { values: io.current.read(), baseVersion: versionRef.current });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [delayMs, flush, id]);

  /** The server's version moved on without a save of this form (an upload): the typing stays, on the new version. */
  const moved = useCallback(
    (newVersion: number) => {
      if (newVersion > versionRef.current) versionRef.current = newVersion;
      if (dirty.current) writeLocalDraft(id, { values: io.current.read(), baseVersion: versionRef.current });
    },
    [id],
  );

  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden' && dirty.current) void flush();
    };
    document.addEventListener('visibilitychange', hidden);
    return () => document.removeEventListener('visibilitychange', hidden);
  }, [flush]);

  // Leaving the page: what is unsaved stays in this browser and comes back with the form.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return { state, savedAt, changed, flush, carry, moved, versionRef };
}
