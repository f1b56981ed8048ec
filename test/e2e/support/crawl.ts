const ATTR = /\s(href|src|srcset|action|poster|data)="([^"]*)"/g;
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');

interface Link {
  from: string;
  attr: string;
  url: string;
}

export interface CrawlResult {
  /** One line per broken link, page that did not answer 200, or resource from another host. */
  problems: string[];
  /** Distinct internal paths that were requested. */
  checked: number;
}

/**
 * Fetches every page path from the server at `origin` and follows every internal href and src on them,
 * heading anchors included. Whatever serves the site (Astro's preview, nginx) must answer each with 200.
 */
export async function crawlLinks(origin: string, base: string, pages: readonly string[]): Promise<CrawlResult> {
  const html = new Map<string, string>();
  const links: Link[] = [];
  const problems: string[] = [];
  for (const path of pages) {
    const res = await fetch(origin + path);
    if (res.status !== 200) problems.push(`${path} → HTTP ${res.status}`);
    const text = await res.text();
    html.set(path, text);
    for (const m of text.matchAll(ATTR)) {
      const raw = decode(m[2]!);
      const values = m[1] === 'srcset' ? raw.split(',').map((s) => s.trim().split(/\s+/)[0]!) : [raw];
      for (const v of values) links.push({ from: path, attr: m[1]!, url: v });
    }
  }

  const checked = new Map<string, number>();
  for (const { from, attr, url } of links) {
    if (!url || /^(mailto:|tel:|javascript:|data:|blob:)/.test(url)) continue;
    const target = new URL(url, origin + from);
    if (target.origin !== origin) {
      // Plain links out (a source's web page) are fine; anything the browser would load is not.
      if (attr !== 'href' || /\.(js|css|woff2?|png|svg|jpg)$/.test(target.pathname)) problems.push(`${from}: ${attr} loads from another host: ${url}`);
      continue;
    }
    if (!target.pathname.startsWith(base)) {
      problems.push(`${from}: ${attr}="${url}" escapes the base path ${base}`);
      continue;
    }
    let status = checked.get(target.pathname);
    if (status === undefined) {
      status = (await fetch(origin + target.pathname, { redirect: 'manual' })).status;
      checked.set(target.pathname, status);
    }
    if (status !== 200) problems.push(`${from}: ${attr}="${url}" → HTTP ${status}`);
    else if (target.hash && target.hash !== '#' && html.has(target.pathname)) {
      const id = decodeURIComponent(target.hash.slice(1));
      if (!html.get(target.pathname)!.includes(`id="${id}"`)) problems.push(`${from}: ${url} → no element with id "${id}"`);
    }
  }
  return { problems, checked: checked.size };
}
