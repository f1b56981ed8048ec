import type { ComponentChildren } from 'preact';
import { fullToolPage } from '../lib/embed-links';
import { storageTroubleMessage, type StorageTrouble } from '../stores/storage';

interface Props {
  trouble: StorageTrouble;
  /** What is not being saved, e.g. 回答. */
  thing: string;
  /** How the reader can keep it in a file. */
  keep: string;
  /** The tool's own way to keep it (a save button). */
  children?: ComponentChildren;
  /** A hash that carries what was entered so far to the tool's own page (the diagnostics' `#a=…`). */
  carry?: string;
}

/**
 * The one message a tool shows while it cannot save. In an embed whose storage the browser blocks (another site's
 * frame), it also offers the tool's own page in a new tab, where saving works (taking along what was entered, when
 * the tool gives a `carry` hash); the embed page itself then says
 * nothing more, so the reader meets one message, not two. Rendered only in the browser (after hydration).
 */
export function StorageTroubleBanner({ trouble, thing, keep, children, carry }: Props) {
  const fullPage = trouble === 'blocked' ? fullToolPage(location.pathname, import.meta.env.BASE_URL) : null;
  return (
    <div class="widget-banner is-error" role="alert" data-testid="storage-trouble">
      <p>{storageTroubleMessage(trouble, thing, keep, fullPage !== null, Boolean(carry))}</p>
      {fullPage && (
        <p>
          <a href={fullPage + (carry ?? '')} target="_blank" rel="noopener">
            新しいタブで開く
          </a>
        </p>
      )}
      {children}
    </div>
  );
}
