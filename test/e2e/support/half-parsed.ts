import type { Page } from 'playwright-core';

export interface HalfParsedSweep {
  /** How many half-parsed states of the first screen were laid out. */
  cuts: number;
  /** Each box of the first screen that sits elsewhere once the whole page is in: `what: [x,y]→[x,y] (cut)`. */
  moved: string[];
}

/**
 * A browser may paint a page while its HTML is still arriving, and on a busy machine it does. Whatever it painted
 * then must not move when the rest comes in, or that is a layout shift (seen in CI: the note's icon on the
 * self-check page moved down when its title, painted half-read, wrapped to a second line).
 *
 * This lays out each state the parser can leave the first screen in: the body cut after each node (and a quarter,
 * half and three quarters into each text), with nothing after the cut, as the parser would have it (built node by
 * node, as the parser builds it, so that each state costs one small layout, not a copy of the page). It compares the
 * top-left of every box in the viewport with its place in the whole page. Painting can start only once the
 * stylesheet and the element named by the page's render-blocking `<link rel="expect">` are in, so cuts start after
 * that element; `fromBodyStart` ignores the link, to show what it prevents. Scripts must be off (the page as parsed).
 */
export function sweepHalfParsed(page: Page, { fromBodyStart = false } = {}): Promise<HalfParsedSweep> {
  return page.evaluate((fromBodyStart) => {
    const viewportHeight = innerHeight;
    const inOrder = (root: Node) => {
      const nodes: Node[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) nodes.push(n);
      return nodes;
    };
    const round = (v: number) => Math.round(v * 10) / 10;
    const topLeft = (n: Node): [number, number] | null => {
      let r: DOMRect | undefined;
      if (n instanceof Element) r = n.getBoundingClientRect();
      else {
        const range = document.createRange();
        range.selectNodeContents(n);
        r = range.getClientRects()[0];
      }
      return r && (r.width || r.height) ? [round(r.left), round(r.top)] : null;
    };
    const describe = (n: Node) => {
      const path: string[] = [];
      for (let e = n instanceof Element ? n : n.parentElement; e && e !== document.body && path.length < 4; e = e.parentElement) {
        const cls = typeof e.className === 'string' && e.className.trim() ? `.${e.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
        path.unshift(`${e.localName}${e.id ? `#${e.id}` : ''}${cls}`);
      }
      return `${n instanceof Text ? '#text in ' : ''}${path.join('>')}`;
    };

    const whole = document.body.cloneNode(true) as HTMLElement;
    const nodes = inOrder(document.body);
    const placed = nodes.map(topLeft);
    // The first node the parser may stop after with a paint to follow: the end of the render-blocking element.
    let first = 0;
    const expect = document.querySelector<HTMLLinkElement>('link[rel="expect"][blocking~="render"]');
    const target = !fromBodyStart && expect ? document.getElementById(decodeURIComponent(new URL(expect.href).hash.slice(1))) : null;
    if (target) {
      const last = inOrder(target).at(-1)!;
      first = nodes.indexOf(last);
    }
    // The first screen ends at the first box laid out in the flow below the viewport.
    let end = nodes.findIndex((n, i) => i > first && n instanceof Element && n.getBoundingClientRect().top > viewportHeight && getComputedStyle(n).position === 'static');
    if (end < 0) end = nodes.length;

    // The page is built again node by node in document order, as the parser builds it: after node i, the body holds
    // exactly the nodes up to i (each inside its still-open ancestors). Each state is laid out where it stands.
    const built = whole.cloneNode(false) as HTMLElement;
    document.documentElement.replaceChild(built, document.body);
    const copies = new Map<Node, Node>([[whole, built]]);
    const wholeNodes = inOrder(whole);
    const moved = new Map<string, string>();
    let cuts = 0;
    // Only nodes that have a box in the whole page can be seen to move.
    const boxed = placed.flatMap((p, j) => (p ? [j] : []));
    const compare = (i: number, cut: Node, chars: number | null) => {
      cuts++;
      for (const j of boxed) {
        if (j > i) break;
        const before = topLeft(copies.get(wholeNodes[j]!)!);
        const after = placed[j];
        if (!before || !after || before[1] >= viewportHeight) continue;
        if (before[0] !== after[0] || before[1] !== after[1]) {
          const what = describe(copies.get(wholeNodes[j]!)!);
          if (!moved.has(what)) moved.set(what, `${what}: [${before}]→[${after}] (cut after ${describe(cut)}${chars === null ? '' : `, ${chars} characters in`})`);
        }
      }
    };
    for (let i = 1; i < end; i++) {
      const original = wholeNodes[i]!;
      const copy = original.cloneNode(false);
      copies.set(original, copy);
      copies.get(original.parentNode!)!.appendChild(copy);
      if (i < first) continue;
      if (copy instanceof Text && copy.data.trim().length > 4) {
        const text = copy.data;
        for (const f of [0.25, 0.5, 0.75]) {
          copy.data = text.slice(0, Math.floor(text.length * f));
          compare(i, copy, copy.data.length);
        }
        copy.data = text;
      }
      compare(i, copy, null);
    }
    document.documentElement.replaceChild(whole, built);
    return { cuts, moved: [...moved.values()] };
  }, fromBodyStart);
}
