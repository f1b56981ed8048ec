/**
 * Our site against a bare Starlight site of the same versions, title, locale, sidebar and text
 * (bench/support/bare-starlight.mjs), both served with gzip, on the throttled phone profile of the phone bench:
 * first and largest contentful paint and ready (ours: every island hydrated; bare: DOMContentLoaded, when
 * Starlight's module scripts have run), for the top page, a chapter and the self-check, and when the self-check's
 * first question is painted (answerable: what is marked before its script runs is kept). Cold loads alternate
 * (ours, bare, ours, bare…) so that a busy machine weighs on both alike; medians of `--runs N` (default 5).
 * Prints each figure of ours, of bare Starlight and their ratio (the goal of issue 26: at most 1 for first paint,
 * and the self-check answerable no later than bare Starlight's chapter is ready), the middle half of the loads of
 * the figures the goals read (a ratio inside that spread is not told apart from noise), and what each change bought.
 * `--lighthouse` adds Lighthouse's mobile performance score of both top pages and chapters (median of
 * `--lighthouse-runs N`, default 3). The figures show what Starlight itself reaches here; they have no goal.
 *
 *   npm run bench -- baseline
 *   npm run bench -- baseline --runs 9 --lighthouse
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BARE_OUT, bareBuild } from './support/bare-starlight.mjs';
import { record } from './support/figures.mjs';
import { METRICS, lighthouse, medianRun } from './support/lighthouse.mjs';
import { coldLoad, median, runsOption } from './support/phone.mjs';
import { serveGzip } from './support/serve.mjs';
import { OUT, PAGE_TYPES, launchChromium, siteBuild } from './support/site.mjs';

const args = process.argv.slice(2);
const runs = runsOption(args);
const lighthouseRunsAt = args.indexOf('--lighthouse-runs');
const lighthouseRuns = lighthouseRunsAt >= 0 ? Number(args[lighthouseRunsAt + 1]) : 3;
const PAGES = ['top page', 'chapter', 'self-check'];
/** What each change for issue 26 bought, as measured when it was made (the machine was shared, so ratios, not ms). */
const CHANGES = [
  '- stylesheet and module preloads before the CSP meta tag: a trace of each site (bench/trace-first-paint.mjs, top',
  "  page) had our stylesheet asked for 446 ms after navigation, bare Starlight's at 194 ms: Chromium's preload scanner",
  '  starts nothing after a CSP meta tag. In a trace after the change: 328 vs 321 ms. Its effect on the medians could not',
  '  be told apart from the noise of a machine at load 20–50 (7 alternating loads).',
  '- the measure table (kojin/measures/) as a server-drawn table with a ~1 KB filter script instead of a Preact island:',
  '  JS of that page scrolled to its end 7.8–10.2 KB gzip before, 4.0 KB in files (+1.0 KB inline) after (site bench).',
  '- the header first, the rest once whole (2026-12-06, load 1–3, 9 alternating loads per run, ours ÷ bare FCP for top,',
  '  chapter, self-check). Before: 1.48 / 1.46 / 1.69, and 1.56 / 1.63 / 1.66 on the day. Traces showed three causes:',
  '  the page was painted only once wholly parsed (expect link on the last element); the head\'s inline theme scripts',
  '  stood after the stylesheet and waited for it, and the parser with them; the module preloads shared the bandwidth',
  '  with the stylesheet (14 files on the self-check). Now (src/lib/first-paint-order.ts, src/components/Header.astro,',
  '  src/styles/custom.css): the stylesheet is announced before the CSP tag and linked after the head scripts; the',
  '  expect link names the end of the header; the header\'s scripts, the module preloads and the print stylesheet come',
  '  after it; below the header a page is drawn once whole. Header first, preloads still at the top: 1.07 / 0.94 / 1.07.',
  '  Preloads after the header: 0.98 / 1.06 / 0.93, then 1.04 / 1.05 / 0.99 and 1.02 / 1.13 / 0.95. The header\'s inline',
  '  script (theme picker) ran before the first paint, 47 ms on the phone profile; moved after the header: 1.05 / 0.95 /',
  '  0.95, and 0.89 / 0.91 / 0.94 at load < 1. LCP of the top page and chapter 0.91–1.03 in all runs but one (1.22).',
  '  The self-check\'s first question is painted (ready to answer) at 1.01–1.22 × bare Starlight\'s chapter ready; its',
  '  islands hydrate later than before (1.22–1.59 ×, was 1.27–1.37): frames drawn while the page is read slow the read.',
  '- the self-check without HR\'s survey-tool steps and item sheet (now tools/survey/), its intro shortened so that the',
  '  first question is on a phone\'s first screen (2026-12-06, load 1–5): a trace put the self-check\'s last layout at',
  '  ~170 ms on the phone profile, two thirds of it shaping text and finding fonts, a third of the text being those',
  '  steps. First question painted, old page ÷ the same page without them: 1472 → 1384 ms (11 alternating loads).',
  '  Bench runs after it: answerable ÷ bare chapter ready 1.20–1.22, FCP 0.88–1.04, on a machine at load 2–5 where the',
  '  same page varied 1192–1812 ms in 15 loads.',
  '- the page read while its stylesheet is on its way (2026-12-06): in a trace of the self-check the parser stopped at',
  "  the header's inline script (theme picker) from 243 ms until the stylesheet was in (429 ms) and the header painted,",
  '  read the body only from 569 to 918 ms, and the first question was painted at 1168 ms. The body\'s classic scripts now',
  '  stand just before the last element, its module preloads and module scripts after it (src/lib/first-paint-order.ts):',
  '  the body is read by 240 ms; the first question painted at 965 ms in a trace. Old ÷ new page, 11 alternating loads:',
  '  first question 1284 → 1076 ms; LCP of the chapter 1124 → 1060, of the top page 988 → 952; FCP within the noise',
  '  (720 / 760 / 736 → 756 / 788 / 712). With the preloads before the last element instead, each cost the parser ~5 ms',
  '  (13 on the self-check): first question 52–104 ms later, hydration ~100 ms sooner; the question was put first.',
  '  Bench runs after it (load 1.3–4.7): answerable ÷ bare chapter ready 0.81, 0.81 and 0.95 (the middle half of the',
  '  loads apart: 1072–1172 against 1175–1212 ms); hydrated 1.24–1.56 × bare chapter ready (was 1.31–1.49).',
  '- the team view\'s result views (count, tables, gap view, rounds, and the data only they read) imported when HR first',
  '  works with the tool, as the self-check\'s result already was (src/islands/team/useOutcomeView.ts, 2026-12-06, load',
  '  2–3): its island 17.0 → 7.0 KB gzip, the JS the page asks for before it is ready 52.8 → 37.1 KB. Old ÷ new page,',
  '  alternating: Lighthouse mobile TBT median 146 → 78 ms, scores 0.95 / 0.96 / 0.99 / 1 / 0.99 → 0.99 / 1 / 0.99 /',
  '  0.99 / 1 (5 runs); hydrated 1847 → 1748 ms (11 cold loads). Then the self-check\'s scoring data (rules, 不動層',
  '  groups, measures) loaded with the first count (src/islands/team/self-check-data.ts): 37.1 → 26.5 KB before ready;',
  '  the page before both ÷ after both, alternating (load 2–4): hydrated 1911 → 1806 ms (15 cold loads), Lighthouse',
  '  mobile TBT median 176 → 157 ms, LCP 1535 → 1352 ms, scores 0.93–1 → 0.97–0.99 (5 runs; TBT moves 27–310 ms).',
  'Known and kept: the CSP meta tag holds the stylesheet back (2026-12-06). In traces of the self-check on the phone',
  "  profile, bare Starlight's stylesheet was asked for 8–11 ms after its HTML was in, ours 44–47 ms after: Chromium",
  '  holds the preloads its scanner finds in a batch with a CSP meta tag (those before the tag too) until the parser has',
  '  applied the tag, and the parser starts a task after the scanner. Without DevTools on the page and unthrottled:',
  "  22–24 ms against 15–17 ms (medians of 7–9 loads). The tag stays: it is how a copy on a server that sends no headers",
  '  keeps every request on its own host. The ~35 ms it costs on the phone profile is ~0.05 of an FCP ratio.',
  'Tried and not kept (quiet machine, load < 3, 9 alternating loads each, 2026-12-06):',
  '- without the render-blocking expect link: FCP ours ÷ bare 1.08 / 1.17 / 1.17 (top, chapter, self-check) instead of',
  '  1.48 / 1.46 / 1.69, but LCP no better (1.00 / 1.08 / 1.00 against 1.00 / 0.96 / 1.18; the chapter 1336 ms against',
  '  1176), and a paint before the page is whole moves boxes (the half-parsed sweep found 22 on phones, 53 on desktops,',
  '  when the link named the title; commit b4e5ffc). The link delays the first paint until the page is whole,',
  '  which then comes at about bare Starlight\'s LCP; FCP parity would need a partial first paint that moves nothing.',
  '- the sidebar left out of the first frame (display: none, not visibility: hidden, until the page is whole): in a trace',
  "  the first frame's layout took 50 ms instead of 82, but in 11 alternating cold loads FCP did not move (self-check",
  '  780 → 772 ms, chapter 788 → 796, top page 772 → 812), and a sidebar without boxes has no scroll position to restore.',
  '- fetchpriority="low" on the module preloads, so that the stylesheet gets the bandwidth: 1.42 / 1.47 / 1.80, noise.',
  '- content-visibility: auto on the chapter\'s blocks below the first screen: the self-check\'s first question 1592 →',
  '  1524 ms, the chapter\'s LCP 1380 → 1240 ms (ours only), but its paint containment clips whatever reaches past a',
  '  block, such as a link\'s focus outline at the edge of a paragraph. overflow-clip-margin lets the outline through',
  '  (Chromium 156), but a block that is on the first screen at the first layout is drawn a frame late at its',
  '  placeholder size, and what follows it moves (a test page: layout shift 0.018), so only what is surely below the',
  '  first screen of every device could take it; on the self-check that is questions 3–6 on a phone only (1572 → 1404',
  '  ms in one run of 11, within the noise of the next).',
  '- the self-check\'s island modules not preloaded (fetched by the island itself): first question 1572 → 1480 ms but',
  '  hydrated 1870 → 2304 ms (15 loads); preloaded from an inline script at the end of the page or after its first',
  '  frame: no gain (1536 and 1632 ms). text-rendering: optimizeSpeed or no kerning: text shaping time unchanged.',
  '- the self-check drawn whole in its first frame (expect link naming the last element), to take its one big layout',
  '  out of the blocking time (2026-12-06, load 1–3): Lighthouse mobile TBT median 97 → 82 ms, scores 0.96–0.99 →',
  '  0.99–1 (5 alternating runs), but FCP 820 → 1252 ms (9 alternating cold loads), 1.5 × what it was. On the team',
  '  view, whose first paint has no goal: TBT 44–313 → 53–164 ms, median 81 → 78, scores 0.93–1 → 0.98–1 (5 runs), so',
  '  not 100 either. The header-first paint stays. Lighthouse multiplies the durations of its unthrottled load by 4, and',
  '  on this machine the same layout took 26–97 ms in that load from one run to the next.',
  '- Noto Sans CJK JP, the family Linux has, first in the font stack: the layout of the page below the header took',
  '  170–237 ms, against 161–170 ms with the stack as it is (3 alternating throttled traces), no gain.',
  "  Copies of the self-check without its questions, footer, table of contents or sidebar: that frame's layout",
  '  142–177 ms against 178, and text shaping ~120 ms in every copy. Shaping follows neither the amount of text, nor',
  '  the font sizes (one size for the whole page: 120 ms), nor hinting (text-rendering: geometricPrecision: 104 ms',
  '  against 122; 5 alternating loads each). In one trace of that frame (239 ms), shaping took 137 ms of its own over',
  "  65 text nodes, and font lookups through the browser's font service 58 ms.",
].join('\n');
const METRIC_NAMES = ['FCP', 'LCP', 'ready'];

siteBuild();
bareBuild(readFileSync(join(OUT, PAGE_TYPES.chapter, 'index.html'), 'utf8'));
const sites = { ours: await serveGzip(OUT), bare: await serveGzip(BARE_OUT) };
const browser = await launchChromium();

console.log(`phone profile: CPU 4×, RTT 150 ms, 1.6 Mbit/s down; median of ${runs} cold loads each, ours and bare alternating`);
const cell = (v, width = 7) => `${Math.round(v)}`.padStart(width);
const group = (title) => title.padStart(3 * 7);
const ratio = (v) => v.toFixed(2).padStart(7);
console.log(`${''.padEnd(12)}${group('ours (ms)')}  ${group('bare Starlight (ms)')}  ${group('ours ÷ bare')}`);
console.log(`${'page'.padEnd(12)}${[0, 1, 2].map(() => METRIC_NAMES.map((m) => m.padStart(7)).join('')).join('  ')}`);
const readyOf = {};
/** Every load's figures, by page type and site, for the spread printed under the medians. */
const loadsOf = {};
for (const name of PAGES) {
  const loads = { ours: [], bare: [] };
  for (let i = 0; i < runs; i++) {
    for (const [site, { url }] of Object.entries(sites)) loads[site].push(await coldLoad(browser, url + PAGE_TYPES[name]));
  }
  loadsOf[name] = loads;
  const medians = (site) => METRIC_NAMES.map((m) => median(loads[site].map((l) => l[m.toLowerCase()])));
  const ours = medians('ours');
  const bare = medians('bare');
  readyOf[name] = { ours: ours[2], bare: bare[2], answerable: median(loads.ours.map((l) => l.answerable)) };
  METRIC_NAMES.forEach((m, i) => {
    record(`baseline-phone-ms/bare ${name} ${m}`, bare[i], 'ms');
    record(`baseline-phone-ms/ours ${name} ${m}`, ours[i], 'ms');
    record(`baseline-ratio/${name} ${m} ours ÷ bare`, ours[i] / bare[i], '');
  });
  console.log(`${name.padEnd(12)}${ours.map((v) => cell(v)).join('')}  ${bare.map((v) => cell(v)).join('')}  ${ours.map((v, i) => ratio(v / bare[i])).join('')}`);
}
// A reader of the self-check should be able to answer no later than a reader of a bare Starlight chapter can read.
// Answerable: the first question painted; what is marked before the island's script has run is kept. Hydrated
// (every island's script run) is shown beside it.
const sc = readyOf['self-check'];
const answerRatio = record('baseline-ratio/self-check answerable ÷ bare chapter ready', sc.answerable / readyOf.chapter.bare, '');
record('baseline-ratio/self-check hydrated ÷ bare chapter ready', sc.ours / readyOf.chapter.bare, '');
console.log(`self-check answerable (first question painted) ÷ bare Starlight's chapter ready: ${Math.round(sc.answerable)} / ${Math.round(readyOf.chapter.bare)} ms = ${answerRatio.toFixed(2)}`);
console.log(`self-check hydrated ÷ bare Starlight's chapter ready: ${Math.round(sc.ours)} / ${Math.round(readyOf.chapter.bare)} ms = ${(sc.ours / readyOf.chapter.bare).toFixed(2)}`);
// The machine is shared: the middle half of the loads shows how far a median can move from one run to the next.
const quartiles = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (q) => Math.round(sorted[Math.floor(q * (sorted.length - 1))]);
  return `${at(0.25)}–${at(0.75)}`;
};
const spread = (name, site, key) => quartiles(loadsOf[name][site].map((l) => l[key]));
console.log('spread, the middle half of the loads (ms):');
for (const name of PAGES) console.log(`  ${name.padEnd(11)}FCP ours ${spread(name, 'ours', 'fcp')}, bare ${spread(name, 'bare', 'fcp')}`);
console.log(`  self-check answerable ${spread('self-check', 'ours', 'answerable')}; bare chapter ready ${spread('chapter', 'bare', 'ready')}`);
console.log(`\nWhat each change bought (issue 26; measured with this bench and bench/trace-first-paint.mjs, ours ÷ bare):\n${CHANGES}`);
await browser.close();

if (args.includes('--lighthouse')) {
  console.log(`\nLighthouse mobile performance (score 0–100), median of ${lighthouseRuns} run(s), ours and bare alternating; metrics of the median run`);
  console.log(`${'page'.padEnd(12)}${'site'.padEnd(7)}${'score'.padStart(6)}${Object.keys(METRICS).map((m) => m.padStart(9)).join('')}  every run's score`);
  for (const name of ['top page', 'chapter']) {
    const reports = { ours: [], bare: [] };
    for (let i = 0; i < lighthouseRuns; i++) {
      for (const [site, { url }] of Object.entries(sites)) reports[site].push(await lighthouse(url + PAGE_TYPES[name], []));
    }
    for (const site of ['ours', 'bare']) {
      const { score, cells, runs: every } = medianRun(reports[site]);
      console.log(`${name.padEnd(12)}${site.padEnd(7)}${String(score).padStart(6)}${cells.join('')}${every}`);
      if (site === 'bare') record(`baseline-lighthouse/bare ${name} mobile`, score, 'points');
    }
  }
}
await Promise.all(Object.values(sites).map((s) => s.close()));
