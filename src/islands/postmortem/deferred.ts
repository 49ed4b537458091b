// Code the first paint does not need (the preview: templates, document strings, the Markdown view) is
// fetched right after the island's first commit, on idle, while the editor is already usable: typing
// never waits for it. The service worker precaches these chunks like every other, so they load
// offline too.
import { useEffect, useState } from 'react';
import { whenIdle } from '../shared/idle.ts';

/** One fetch per page, shared by everything that needs the module (the view and Copy/Download). */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => (pending ??= load());
}

export type PreviewModule = typeof import('./Preview.tsx');
export const loadPreview = once(() => import('./Preview.tsx'));

/**
 * The module `load` gives, or null until it has arrived. Null on the server and in the first client
 * render, so hydration matches the server's HTML; the fetch starts on idle after that.
 */
export function useDeferredModule<T>(load: () => Promise<T>): T | null {
  const [module, setModule] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    const cancel = whenIdle(() => void load().then((m) => live && setModule(() => m)), 300);
    return () => {
      live = false;
      cancel();
    };
  }, [load]);
  return module;
}
