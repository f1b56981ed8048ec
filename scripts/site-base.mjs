/** The base path from the BASE environment variable, normalised to `/a/b/` (or `/`). Shared with astro.config.mjs. */
export function siteBase(raw = process.env.BASE ?? '') {
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
