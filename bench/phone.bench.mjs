/**
 * Throttled phone profile (4× slower CPU; 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, as Lighthouse's
 * mobile preset), served with gzip, cold cache, median of `--runs N` loads (default 5):
 * - every page type: first contentful paint, largest contentful paint, and when its widgets are hydrated;
 * - the self-check: "ready to use" (its questionnaire hydrated and answerable), and the radar drawn after the last
 *   answer (from the click on 結果を見る to the chart on screen), once the result's code fetched on the last screen
 *   has arrived and with the click at once.
 *
 *   npm run bench -- phone
 */
import { record } from './support/figures.mjs';
import { serveGzip } from './support/serve.mjs';
import { coldLoad, median, runsOption, throttledPage } from './support/phone.mjs';
import { OUT, PAGE_TYPES, answerEverything, launchChromium, siteBuild } from './support/site.mjs';

const runs = runsOption();

siteBuild();
const { url: siteUrl, close } = await serveGzip(OUT);
const browser = await launchChromium();

console.log(`phone profile: CPU 4×, RTT 150 ms, 1.6 Mbit/s down; median of ${runs} cold loads`);
console.log('(JS files: scripts loaded before the page was ready; late: of those, asked for only after the first arrived)');
console.log(`${'page type'.padEnd(28)}${'FCP'.padStart(9)}${'LCP'.padStart(9)}${'hydrated'.padStart(10)}${'JS files'.padStart(10)}${'late'.padStart(6)}`);
for (const [name, path] of Object.entries(PAGE_TYPES)) {
  const fcp = [];
  const lcp = [];
  const ready = [];
  const waves = [];
  const files = [];
  for (let i = 0; i < runs; i++) {
    const m = await coldLoad(browser, siteUrl + path);
    waves.push(m.late);
    files.push(m.scripts);
    fcp.push(m.fcp);
    lcp.push(m.lcp);
    ready.push(m.ready);
  }
  const row = [median(fcp), median(lcp), median(ready)];
  console.log(`${name.padEnd(28)}${row.map((v, i) => `${Math.round(v)} ms`.padStart(i === 2 ? 10 : 9)).join('')}${String(median(files)).padStart(10)}${String(median(waves)).padStart(6)}`);
  record(`phone-ms/${name} LCP`, row[1], 'ms');
  if (name === 'self-check') {
    record('phone-ms/self-check ready to use', row[2], 'ms');
    record('late-js/self-check (asked for after the first script arrived)', median(waves), 'files');
  }
}

// The radar after the last answer: answers go in at full speed, the last click and what follows are throttled.
// The result's code is fetched from the last screen on; `ready` waits until it has arrived, as it has when a reader
// takes a moment over the last question, `at once` clicks 結果を見る the moment the last screen is answered.
for (const mode of ['ready', 'at once']) {
  const radar = [];
  for (let i = 0; i < runs; i++) {
    const { context, page, cdp } = await throttledPage(browser);
    await page.goto(`${siteUrl}tools/self-check/`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60_000 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await answerEverything(page);
    if (mode === 'ready') {
      await page.waitForFunction(() => ['result-parts', 'chart'].every((name) => performance.getEntriesByType('resource').some((e) => new RegExp(`/${name}\\.[^/]+\\.js$`).test(e.name))), null, { timeout: 60_000 });
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.getByRole('button', { name: '結果を見る' }).click();
    await page.waitForFunction(() => window.__radar !== undefined, null, { timeout: 60_000 });
    radar.push(await page.evaluate(() => window.__radar - window.__lastAnswer));
    await context.close();
  }
  console.log(`${mode === 'ready' ? '\n' : ''}self-check: radar on screen ${Math.round(median(radar))} ms after the click on 結果を見る, clicked ${mode === 'ready' ? "once the result's code has arrived" : 'at once'} (median of ${runs})`);
  record(mode === 'ready' ? 'phone-ms/radar after the last answer' : 'phone-ms/radar, 結果を見る clicked at once', median(radar), 'ms');
}
await browser.close();
await close();
