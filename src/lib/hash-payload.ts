/**
 * What a tool keeps after `#` in its links: `#r=` a diagnostic's result, `#a=` answers carried from an embed to the
 * tool's own page, `#m=` the matrix's figures. The part after `#` never reaches a server.
 */
export const HASH_PREFIX = { result: '#r=', carry: '#a=', matrix: '#m=' } as const;

/**
 * The payload after `prefix` in an address's hash (or, with `anywhere`, in any text holding such a link: a pasted
 * link, a line of a file), percent-decoded; null when there is none. A payload that does not decode (a `%` cut in
 * half) comes back as it is, for its own decoder to report.
 */
export function hashPayload(text: string, prefix: string, anywhere = false): string | null {
  const at = anywhere ? text.indexOf(prefix) : text.startsWith(prefix) ? 0 : -1;
  return at < 0 ? null : decoded(text.slice(at + prefix.length));
}

/** What HR pasted or a file line holds: a whole link (its payload) or the bare code itself, percent-decoded. */
export const linkOrCode = (text: string, prefix: string): string => hashPayload(text, prefix, true) ?? decoded(text);

function decoded(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
