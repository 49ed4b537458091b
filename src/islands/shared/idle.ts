// Work that can wait until the browser is idle: loading the chunks a tool fetches on demand (the
// share-link compressor, the charts, the review) soon after the page is interactive, so they are in
// the module cache before the reader needs them, even if the network is gone by then.

/** Runs `run` when the browser is idle (at the latest after `timeoutMs`); returns a cancel function. */
export function whenIdle(run: () => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 200);
  return () => clearTimeout(handle);
}

/**
 * Loads a lazily imported chunk when the browser is idle; a failure (offline already) is left for
 * the moment the chunk is really needed, where the tool says what went wrong. No-op outside a browser.
 */
export function preloadWhenIdle(load: () => Promise<unknown>): () => void {
  if (typeof window === 'undefined') return () => undefined;
  return whenIdle(() => void load().catch(() => undefined));
}
