/**
 * Where an embed page (embed/<tool>/) sends a reader who leaves the portal: the tool's own page in the guide
 * (tools/<tool>/). Share links made inside an embed carry that page too, so that, opened later in a normal tab, they
 * show the result inside the whole site rather than the bare embed page. No imports: islands use it in the browser.
 */

/** The tool's own page, relative to the base: `tools/<tool>/`. */
export const toolPagePath = (tool: string): string => `tools/${tool}/`;

/** The tool's own page under `base` when `pathname` is an embed page (`<base>embed/<tool>/…`), otherwise null. */
export function fullToolPage(pathname: string, base: string): string | null {
  const root = `${base.replace(/\/*$/, '')}/embed/`;
  if (!pathname.startsWith(root)) return null;
  const tool = pathname.slice(root.length).split('/')[0];
  return tool ? `${root.slice(0, -'embed/'.length)}${toolPagePath(tool)}` : null;
}

/** The path a share link should point to from the page at `pathname`: the tool's own page if this is an embed. */
export const sharePagePath = (pathname: string, base: string): string => fullToolPage(pathname, base) ?? pathname;
