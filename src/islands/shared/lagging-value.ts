// React's useDeferredValue, which Preact's compat layer only imitates (it returns the value at once):
// an expensive part of a tool (the post-mortem preview and review, the metrics breakdowns) follows its
// input one render behind, after the browser has painted what the reader just did.
import { useEffect, useState } from 'react';

/** `value` as of the previous paint: the render that changes `value` still shows the old one (or
 * `initial` at first), and a re-render with the new one follows once the browser has painted. */
export function useLaggingValue<T>(value: T): T;
export function useLaggingValue<T, I>(value: T, initial: I): T | I;
export function useLaggingValue<T, I>(value: T, ...initial: [I?]): T | I {
  const [shown, setShown] = useState<T | I>(initial.length ? (initial[0] as I) : value);
  useEffect(() => {
    // A timer, not a state update inside the effect itself: each keystroke cancels the one before, so
    // a burst of typing costs one slow render at its end instead of one per key.
    const handle = setTimeout(() => setShown(() => value), 0);
    return () => clearTimeout(handle);
  }, [value]);
  return shown;
}
