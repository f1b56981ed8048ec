/**
 * Layout shift per page type on a desktop and a phone screen: each page loaded `--loads N` times in a row
 * (default 20; a shift that depends on when the browser first paints appears in some loads only). Prints the
 * worst score and how many loads shifted; the budget wants 0 everywhere.
 *
 *   npm run bench -- cls             # this bench only
 *   npm run bench -- cls --loads 5
 */
import { previewSite } from '../test/e2e/support/preview.ts';
import { settledLayoutShift } from '../test/e2e/support/layout-shift.ts';
import { record } from './support/figures.mjs';
import { OUT, PAGE_TYPES, launchChromium, siteBuild } from './support/site.mjs';

const args = process.argv.slice(2);
const loadsAt = args.indexOf('--loads');
const loads = loadsAt >= 0 ? Number(args[loadsAt + 1]) : 20;
/** Lighthouse's desktop and phone screens. */
const DEVICES = {
  desktop: { viewport: { width: 1350, height: 940 } },
  mobile: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
};

siteBuild();
const { url: siteUrl, close } = await previewSite(OUT, '/');
const browser = await launchChromium();
console.log(`layout shift (CLS) in ${loads} consecutive loads; worst score and loads that shifted`);
console.log(`${'page type'.padEnd(28)}${Object.keys(DEVICES).map((d) => d.padStart(20)).join('')}`);
for (const [name, path] of Object.entries(PAGE_TYPES)) {
  const cells = [];
  for (const [device, options] of Object.entries(DEVICES)) {
    const context = await browser.newContext({ locale: 'ja-JP', ...options });
    const page = await context.newPage();
    let worst = 0;
    let shifted = 0;
    const where = new Set();
    for (let i = 0; i < loads; i++) {
      await page.goto(siteUrl + path);
      const { score, sources } = await settledLayoutShift(page);
      worst = Math.max(worst, score);
      if (score > 0) {
        shifted++;
        for (const s of sources) where.add(s.replace(/^[\d.]+: /, ''));
      }
    }
    await context.close();
    record(`cls/${name} ${device}`, worst);
    cells.push(`${worst.toFixed(3)} (${shifted}/${loads})`.padStart(20));
    if (where.size) cells.push(`\n${' '.repeat(30)}${device} moved: ${[...where].slice(0, 4).join(' | ')}`);
  }
  console.log(`${name.padEnd(28)}${cells.join('')}`);
}
await browser.close();
await close();
