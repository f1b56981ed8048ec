/**
 * The storage every persisted store writes through. localStorage can fail in two ways a reader cannot see:
 * the browser blocks site data (reading `localStorage` throws SecurityError, or the theme script hid it — see
 * src/components/ThemeProvider.astro), or the origin's quota is used up, often by other apps on the same intranet
 * host (setItem throws QuotaExceededError). Then values that could not be written live on in memory for as long
 * as the page is open, whatever was saved before is still read, and `$storageTrouble` says why, so every tool can
 * tell the reader plainly that their input is not being saved and offer a file instead.
 */
import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

export type StorageTrouble = 'blocked' | 'full';

/** Why something is not being saved right now, or null while everything is saved. */
export const $storageTrouble = atom<StorageTrouble | null>(null);

function localStore(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : (window.localStorage ?? null);
  } catch {
    return null;
  }
}

const isQuota = (e: unknown) => e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/** Values that could not be written, by key; they win over what storage holds, being newer. */
const unsaved = new Map<string, string>();
let store: Storage | null = null;
let lastFailure: StorageTrouble = 'blocked';

const update = () => $storageTrouble.set(store === null ? 'blocked' : unsaved.size > 0 ? lastFailure : null);

function read(key: string): string | undefined {
  if (unsaved.has(key)) return unsaved.get(key);
  try {
    return store?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: string): void {
  try {
    if (!store) throw new DOMException('storage unavailable', 'SecurityError');
    store.setItem(key, value);
    unsaved.delete(key);
  } catch (e) {
    unsaved.set(key, value);
    lastFailure = isQuota(e) ? 'full' : 'blocked';
  }
  update();
}

function remove(key: string): void {
  unsaved.delete(key);
  try {
    store?.removeItem(key);
  } catch {
    /* nothing was saved under a store that throws */
  }
  update();
}

/** Keys under `prefix` that storage holds (saved earlier, possibly by another version of the site). */
export function storedKeys(prefix: string): string[] {
  const keys = new Set([...unsaved.keys()].filter((k) => k.startsWith(prefix)));
  try {
    for (let i = 0; store && i < store.length; i++) {
      const k = store.key(i);
      if (k?.startsWith(prefix)) keys.add(k);
    }
  } catch {
    /* unreadable storage holds nothing we can show */
  }
  return [...keys];
}

export const readStored = read;
export const removeStored = remove;

/** @nanostores/persistent reads and writes its engine like an object; this one never throws. */
const engine = new Proxy({} as Record<string, string>, {
  get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
  has: (_, key) => typeof key === 'string' && read(key) !== undefined,
  set: (_, key, value) => {
    if (typeof key === 'string') write(key, String(value));
    return true;
  },
  deleteProperty: (_, key) => {
    if (typeof key === 'string') remove(key);
    return true;
  },
});

if (typeof window !== 'undefined') {
  store = localStore();
  setPersistentEngine(engine, windowPersistentEvents);
  update();
}

/**
 * The sentence a tool shows while `trouble` holds: what happens to `thing`, and what the reader can do. `embedded`:
 * the tool is in another site's frame whose storage the browser blocks; its own page in a new tab can save.
 */
export function storageTroubleMessage(trouble: StorageTrouble, thing: string, keep: string, embedded = false, carried = false): string {
  if (embedded && trouble === 'blocked') {
    const moved = carried ? `ここまでの${thing}も新しいタブに引き継がれます` : `ここまでの${thing}は新しいタブには移りません`;
    return `このブラウザの設定では、ポータルに埋め込まれたこのツールは${thing}を保存できません。${thing}はこのページを開いている間は残りますが、再読み込みすると消えます。${keep}「新しいタブで開く」でこのサイトを直接開けば、${thing}が保存されます（${moved}）。`;
  }
  const why =
    trouble === 'full'
      ? 'このブラウザの保存領域がいっぱいのため（同じサーバーの他のページと共用しています）'
      : 'このブラウザではサイトのデータの保存が許可されていないため';
  return `${why}、${thing}を保存できていません。${thing}はこのページを開いている間は残りますが、ページを閉じたり再読み込みしたりすると、保存できなかった分は消えます。${keep}`;
}
