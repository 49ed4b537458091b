// Registers the service worker (written by src/integrations/offline.ts) and shows its state in the
// footer. A new deployment installs in the background; the page says so and waits for the reader's
// "Reload": only then does the new worker take over and the page reload, so no page ever runs the
// JavaScript of one version with the chunks of another.
import { Workbox } from 'workbox-window';

type State = 'saving' | 'ready' | 'update' | 'updated-elsewhere';

function show(state: State): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-offline-state]')) {
    el.hidden = el.dataset.offlineState !== state;
  }
  document.documentElement.dataset.offline = state;
}

function onReload(action: () => void): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-offline-reload]')) {
    button.onclick = action;
  }
}

export function registerServiceWorker(): void {
  // `astro dev` has no worker to register (it is written after the build), and a cached copy must
  // never hide the page being edited.
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const wb = new Workbox(`${base}sw.js`, { scope: base });
  let accepted = false;

  wb.addEventListener('waiting', () => {
    show('update');
    onReload(() => {
      accepted = true;
      wb.messageSkipWaiting();
    });
  });
  wb.addEventListener('controlling', (event) => {
    if (accepted) window.location.reload();
    // Another tab accepted the update: this page's files are the old version, so it offers a reload.
    else if (event.isExternal || event.isUpdate) {
      show('updated-elsewhere');
      onReload(() => window.location.reload());
    }
  });
  wb.addEventListener('activated', (event) => {
    if (!event.isUpdate && !event.isExternal) show('ready');
  });

  show(navigator.serviceWorker.controller ? 'ready' : 'saving');
  wb.register().catch(() => {
    // No service worker (private mode, blocked storage): the site works online as before.
    show('saving');
    for (const el of document.querySelectorAll<HTMLElement>('[data-offline-state]')) el.hidden = true;
  });
}
