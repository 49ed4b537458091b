// Autosave for every tool: a debounced save after each change, and one last save when the page is
// left (following a link or closing the tab inside the debounce must not lose the last keystrokes).
import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Calls `save(value)` `delayMs` after `value` last changed, and on `pagehide`, once `enabled` (the
 * saved value has been restored first, so it is never overwritten by the initial one). `save`
 * reports its own problems; the pagehide save runs it too.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => void,
  { enabled, delayMs }: { enabled: boolean; delayMs: number },
): void {
  const latest = useRef(value);
  const saver = useRef(save);
  // The pagehide listener reads the newest value and save function, set in the commit that renders them
  // (a layout effect: Preact runs plain effects after the next paint).
  useLayoutEffect(() => {
    latest.current = value;
    saver.current = save;
  });

  useEffect(() => {
    if (!enabled) return;
    const timer = setTimeout(() => saver.current(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, enabled, delayMs]);

  useEffect(() => {
    if (!enabled) return;
    const flush = () => saver.current(latest.current);
    addEventListener('pagehide', flush);
    return () => removeEventListener('pagehide', flush);
  }, [enabled]);
}

/**
 * Calls `onWrite(newValue)` when another tab of this site writes `key` (the browser's storage event,
 * which never fires in the tab that wrote), once `enabled`. Removing the key is not reported: no
 * tool removes its own entry, and an empty storage has nothing to merge.
 */
export function useOtherTabWrites(key: string, enabled: boolean, onWrite: (value: string) => void): void {
  const handler = useRef(onWrite);
  // The newest handler, from the commit that renders it (see useAutosave).
  useLayoutEffect(() => {
    handler.current = onWrite;
  });
  // Listening starts in the commit that enables it (a layout effect): Preact runs plain effects after
  // the next paint, which a background tab may put off, and another tab's save in between was missed.
  useLayoutEffect(() => {
    if (!enabled) return;
    const onStorage = (event: StorageEvent) => {
      if (event.key === key && event.newValue !== null) handler.current(event.newValue);
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, [key, enabled]);
}
