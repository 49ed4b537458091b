// The search dialog: loaded when the reader shows intent to search (SearchButton's trigger script) or
// on first open. Results come from Pagefind in the page's language.
import { search, renderHits, statusTranslator, preloadTerm, warmSearch } from './search-client.ts';
import './search-results.css';

export { warmSearch };

let wired = false;

function parts() {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
  return {
    dialog,
    input: dialog.querySelector<HTMLInputElement>('input[name="q"]')!,
    list: dialog.querySelector<HTMLUListElement>('[data-search-results]')!,
    status: dialog.querySelector<HTMLElement>('[data-search-status]')!,
    more: dialog.querySelector<HTMLAnchorElement>('[data-search-more]')!,
    t: statusTranslator(dialog.querySelector('[data-search-strings]')!),
  };
}

function wire(): void {
  const { dialog, input, list, status, more, t } = parts();
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async () => {
    const term = input.value.trim();
    const mine = ++generation;
    const page = new URL(more.href, location.href);
    page.search = term ? `?q=${encodeURIComponent(term)}` : '';
    more.href = page.href;
    if (!term) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = t('search.status.loading');
    try {
      const { total, hits } = await search(term);
      if (mine !== generation) return;
      renderHits(list, hits);
      status.textContent = total ? t('search.status.count', { count: total }) : t('search.status.none', { query: term });
    } catch {
      if (mine === generation) status.textContent = t('search.status.failed');
    }
  };

  input.addEventListener('input', () => {
    // The index chunks for what is typed so far start loading now; the search itself waits for a pause.
    preloadTerm(input.value);
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  dialog.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = list.querySelector('a');
    if (first) location.href = first.href;
  });
  dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog box) closes it, as in other documentation sites.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  // Arrow keys move between the input and the results; Escape is handled natively by <dialog>.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    if (!links.length) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') (links[at + 1] ?? links[0])!.focus();
    else if (at <= 0) input.focus();
    else links[at - 1]!.focus();
  });
}

export function openSearchDialog(): void {
  warmSearch();
  const { dialog, input } = parts();
  if (!wired) {
    wire();
    wired = true;
  }
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
}
