/**
 * The search button and dialog in the header. This module is all the JavaScript a reading page loads for search:
 * the results' code, its styles, Pagefind and the index are fetched only when the reader opens the dialog, focuses
 * or hovers the button, or presses Ctrl+K / ⌘K or `/` (see search-dialog.ts). A page opened from a search result
 * marks the searched words (highlight-terms.ts), loaded only then.
 */
import { HIGHLIGHT_PARAM } from '@/lib/search/highlight';
import { SEARCH_HELP } from '@/lib/search/ui-strings';

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void import('./highlight-terms');

type Mounted = { input: () => HTMLInputElement | null };

class SiteSearch extends HTMLElement {
  #mounted: Promise<Mounted> | null = null;

  constructor() {
    super();
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const frame = this.querySelector('.dialog-frame')!;
    const status = this.querySelector<HTMLElement>('[data-search-preparing]')!;

    labelButton(openBtn);

    // A click on a result link or outside the frame closes the dialog.
    const onClick = (event: MouseEvent) => {
      const target = event.target as Node | null;
      const isLink = Boolean(target && 'href' in target);
      if (isLink || (target && document.body.contains(target) && !frame.contains(target))) dialog.close();
    };

    const open = () => {
      if (dialog.open) return;
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      window.addEventListener('click', onClick);
      // The input takes what the reader types at once; results follow when the search code has loaded.
      const input = this.querySelector<HTMLInputElement>('[data-search-input]')!;
      input.focus();
      input.select();
      void this.load(status).catch(() => {});
    };

    openBtn.addEventListener('click', (event) => {
      event.stopPropagation();
      open();
    });
    // Reaching for the button is a good sign a search follows: start fetching before the click.
    for (const type of ['focus', 'pointerenter'] as const) openBtn.addEventListener(type, () => void this.load(status).catch(() => {}), { once: true });
    closeBtn.addEventListener('click', () => dialog.close());
    this.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
    // Escape closes the dialog even from the search field, where Chromium would otherwise only clear the text.
    dialog.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      dialog.close();
    });
    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });

    window.addEventListener('keydown', (e) => {
      // Ctrl+K / ⌘K toggles the dialog, as in Starlight.
      if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        if (dialog.open) dialog.close();
        else open();
        return;
      }
      // `/` opens it unless the reader is typing somewhere.
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || dialog.open) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      e.preventDefault();
      open();
    });

    openBtn.disabled = false;
  }

  /** Mounts the results' code once; later calls get the same promise. A failed load can be retried by reopening. */
  load(status: HTMLElement): Promise<Mounted> {
    if (!this.#mounted) {
      status.textContent = SEARCH_HELP.preparing;
      status.hidden = false;
      this.#mounted = import('./search-dialog').then(
        (m) => {
          status.hidden = true;
          status.textContent = '';
          return m.mountSearch(this);
        },
        (error: unknown) => {
          status.textContent = SEARCH_HELP.failed;
          this.#mounted = null;
          throw error;
        },
      );
    }
    return this.#mounted;
  }
}

/**
 * Shows the shortcut (⌘ on Apple devices) and names the button by what it shows, "検索 Ctrl K": a name that
 * differs from the visible label fails voice and screen-reader users (WCAG 2.5.3).
 */
function labelButton(button: HTMLButtonElement) {
  const hint = button.querySelector<HTMLElement>(':scope > kbd');
  if (!hint) return;
  // navigator.platform, deprecated as it is, is not spoofed by devtools the way the user agent is.
  const apple = /(Mac|iPhone|iPod|iPad)/i.test(navigator.platform);
  const modifier = hint.querySelector('kbd');
  if (apple && modifier) modifier.textContent = '⌘';
  button.setAttribute('aria-label', (button.textContent ?? '').trim().replace(/\s+/g, ' '));
  button.setAttribute('aria-keyshortcuts', `${apple ? 'Meta' : 'Control'}+K /`);
}

customElements.define('site-search', SiteSearch);
