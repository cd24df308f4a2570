import { useCallback, useEffect, useState, type RefObject } from 'react';

export type BlobUrl = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; url: string } | { state: 'failed'; error: unknown };

/**
 * An object URL for a blob fetched on demand: once `load` is given and, with `near`, once that element comes
 * within a screen's reach of the viewport (so a long list fetches only what is looked at). The URL is revoked when
 * the component unmounts or the load changes; `retry` loads again after a failure.
 */
export function useBlobUrl(load: ((signal: AbortSignal) => Promise<Blob>) | null, near?: RefObject<Element | null>): [BlobUrl, () => void] {
  const [result, setResult] = useState<BlobUrl>({ state: 'idle' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!load) return;
    const controller = new AbortController();
    let url: string | undefined;
    const start = () => {
      setResult({ state: 'loading' });
      load(controller.signal).then(
        (blob) => {
          if (controller.signal.aborted) return;
          url = URL.createObjectURL(blob);
          setResult({ state: 'ready', url });
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setResult({ state: 'failed', error });
        },
      );
    };
    const element = near?.current;
    let observer: IntersectionObserver | undefined;
    if (element && typeof IntersectionObserver !== 'undefined') {
      observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          observer?.disconnect();
          start();
        },
        { rootMargin: '50% 0px' },
      );
      observer.observe(element);
    } else {
      // Without an observer (old browsers) everything counts as in view.
      void Promise.resolve().then(() => {
        if (!controller.signal.aborted) start();
      });
    }
    return () => {
      observer?.disconnect();
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [load, near, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [result, retry];
}
