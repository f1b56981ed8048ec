/**
 * A trace of one cold load of a page of ours and of bare Starlight on the phone profile (bench/support/phone.mjs),
 * read from Chromium's timeline: when the HTML and each stylesheet and script arrive, each stretch of HTML parsing
 * (which lines), layouts, the first contentful paint and DOMContentLoaded, in ms from navigation. Made to find what
 * holds up the first paint; writes the raw traces to bench/out/trace-*.json for the DevTools performance panel.
 *
 *   node bench/trace-first-paint.mjs [page type…]     (page types of bench/support/site.mjs; default: top page)
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BARE_OUT, bareBuild } from './support/bare-starlight.mjs';
import { throttledPage } from './support/phone.mjs';
import { serveGzip } from './support/serve.mjs';
import { OUT, PAGE_TYPES, launchChromium, siteBuild } from './support/site.mjs';

const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const pages = names.length ? names : ['top page'];
if (!process.argv.includes('--no-build')) {
  siteBuild();
  bareBuild(readFileSync(join(OUT, PAGE_TYPES.chapter, 'index.html'), 'utf8'));
}
mkdirSync('bench/out', { recursive: true });
const sites = { ours: await serveGzip(OUT), bare: await serveGzip(BARE_OUT) };
const browser = await launchChromium();

async function trace(url) {
  const { context, page, cdp } = await throttledPage(browser);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,loading,blink.user_timing,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60_000 });
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  return events;
}

function timeline(events) {
  // The page's renderer: the process that reports the first contentful paint. Requests are kept from any process.
  const pid = events.find((e) => e.name === 'firstContentfulPaint')?.pid;
  const t0 = events.find((e) => e.name === 'ResourceSendRequest' && /^http/.test(e.args?.data?.url ?? '')).ts;
  const ms = (ts) => `${Math.round((ts - t0) / 1000)}`.padStart(5);
  const short = (u) => (u ?? '').replace(/^https?:\/\/[^/]+/, '').slice(0, 60);
  const urls = new Map();
  const lines = [];
  for (const e of events.sort((a, b) => a.ts - b.ts)) {
    const d = e.args?.data ?? {};
    if (e.ts < t0 || (e.pid !== pid && !/^Resource/.test(e.name))) continue;
    if (/^Resource/.test(e.name) && e.name !== 'ResourceSendRequest' && !urls.has(d.requestId)) continue;
    if (e.name === 'ResourceSendRequest' && !/^http/.test(d.url)) continue;
    if (e.name === 'ResourceSendRequest') { urls.set(d.requestId, d.url); lines.push(`${ms(e.ts)} request  ${short(d.url)} (${d.priority})`); }
    else if (e.name === 'ResourceReceiveResponse') lines.push(`${ms(e.ts)} response ${short(urls.get(d.requestId))}`);
    else if (e.name === 'ResourceFinish') lines.push(`${ms(e.ts)} finished ${short(urls.get(d.requestId))} ${d.encodedDataLength} B`);
    else if (e.name === 'ParseHTML' && e.dur) lines.push(`${ms(e.ts)} parse    lines ${e.args.beginData?.startLine}–${e.args.endData?.endLine ?? '?'} for ${(e.dur / 1000).toFixed(1)} ms`);
    else if (e.name === 'Layout' && e.dur) lines.push(`${ms(e.ts)} layout   ${(e.dur / 1000).toFixed(1)} ms`);
    else if ((e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule') && e.dur) lines.push(`${ms(e.ts)} script   ${short(d.url)} ${(e.dur / 1000).toFixed(1)} ms`);
    else if (e.name === 'firstContentfulPaint' || e.name === 'firstPaint' || e.name === 'largestContentfulPaint::Candidate' || e.name === 'MarkDOMContent' || e.name === 'MarkLoad') lines.push(`${ms(e.ts)} ${e.name}`);
    else if (e.name === 'UpdateLayoutTree' && e.dur > 2000) lines.push(`${ms(e.ts)} style    ${(e.dur / 1000).toFixed(1)} ms`);
    else if (e.name === 'Paint' && e.dur) lines.push(`${ms(e.ts)} paint    ${(e.dur / 1000).toFixed(1)} ms`);
  }
  return lines.join('\n');
}

for (const name of pages) {
  for (const [site, { url }] of Object.entries(sites)) {
    const events = await trace(url + PAGE_TYPES[name]);
    writeFileSync(`bench/out/trace-${site}-${name.replace(/\W+/g, '-')}.json`, JSON.stringify({ traceEvents: events }));
    console.log(`\n== ${site}: ${name} ==\n${timeline(events)}`);
  }
}
await browser.close();
await Promise.all(Object.values(sites).map((s) => s.close()));
