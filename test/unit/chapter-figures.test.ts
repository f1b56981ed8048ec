import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { percentProblems, ratioProblems } from './support/chapter-figures';
import { seedRuns } from './support/seed-runs';

const chapters = readdirSync('content/chapters', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => `content/chapters/${f}`);
const data = readdirSync('content/data', { recursive: true })
  .map(String)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => `content/data/${f}`);
// The seed: the consortium's press release on the guidebook, as the site received it.
const seed = readFileSync('test/fixtures/press-release.ja.txt', 'utf8');

describe('figures a chapter derives from its own figures', () => {
  it.each(chapters)('%s: every 「P%（N中M）」 is M/N, every 「A対B（R）」 is A/B and cites one column of its table', (file) => {
    const text = readFileSync(file, 'utf8');
    expect([...percentProblems(text), ...ratioProblems(text)]).toEqual([]);
  });

  it('finds a percentage that does not match its counts, a wrong ratio and a ratio the table does not hold', () => {
    expect(percentProblems('到達率は12%（25人中3人）、のちに45%（22人中9人）')).toEqual(['45%（22人中9人）: 9/22 は 40.9%']);
    expect(percentProblems('応募率は3.0%（900人中27人）')).toEqual([]);
    const table = ['| 指標 | 開始時 | 1年後 |', '|---|---|---|', '| 社内異動 | 5人 | 14人 |', '| 退職 | 19人 | 15人 |', ''].join('\n');
    expect(ratioProblems(`${table}\n比は5対19（0.26）から14対15（0.93）へ。`)).toEqual([]);
    expect(ratioProblems(`${table}\n比は14対15（1.07）へ。`)).toEqual(['14対15（1.07）: 14/15 は 0.93']);
    expect(ratioProblems(`${table}\n比は14対19（0.74）へ。`)).toEqual(['14対19（0.74）: 14 と 19 が同じ表の同じ列にない']);
  });
});

describe('the press release’s wording', () => {
  it.each([...chapters, ...data])('%s quotes the release in 「」 or a blockquote: no shared run of 20 characters outside one', (file) => {
    expect(seedRuns(readFileSync(file, 'utf8'), seed)).toEqual([]);
  });

  it('finds a run taken from the release without quotation marks, and lets the same words stand quoted', () => {
    const copied = 'ガイドブックは、C/O経営を「見える」「増やす」「つなぐ」という3つの視点を基本フレームとして構築しています。';
    expect(seedRuns(copied, seed)).toEqual(['は、C/O経営を「見える」「増やす」「つなぐ」という3つの視点を基本フレームとして構築しています。']);
    expect(seedRuns('ガイドブックには「C/O経営を「見える」「増やす」「つなぐ」という3つの視点を基本フレームとして構築しています」とあります。', seed)).toEqual([]);
    expect(seedRuns('> 既存の施策でカバーできない「不動層」を、「リーチ不足群」「伸ばせていない群」「自社での発揮を描けない群」の3つに分類しています。', seed)).toEqual([]);
    // A list of the guidebook's names is not a sentence of the release.
    expect(seedRuns('4つのステップは、「知る」「理解を深める」「さらに理解を深める」「実践を支援する」です。', seed)).toEqual([]);
    expect(seedRuns('**個人の多様性を活かした**C/O人材活用組織のつくり方を扱います。', seed)).toEqual(['個人の多様性を活かしたC/O人材活用組織のつくり方を']);
  });
});
