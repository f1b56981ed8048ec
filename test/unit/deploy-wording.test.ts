import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** What to copy to the server, in the same words wherever HR reads it (the zip's README, each config, the page). */
const WHAT = 'site/ フォルダの中身（npm run build で作ったときは dist/ フォルダの中身）';
const FILES = ['deploy/README.ja.txt', 'deploy/nginx.conf', 'deploy/apache.conf', 'deploy/web.config', 'content/chapters/deploy.mdx'];

describe('what to copy to the web server', () => {
  it.each(FILES)('%s says it in the one wording, and nothing else', (file) => {
    const text = readFileSync(file, 'utf8').replaceAll('`', '');
    expect(text).toContain(WHAT);
    expect(text).not.toMatch(/展開した中身|zip の中身|dist\/ の中身/);
  });
});
