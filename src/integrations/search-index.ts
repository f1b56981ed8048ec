/**
 * Rebuilds the search index after Starlight's own, adding each FAQ question with its answer as a record of its
 * own (src/lib/search/faq-records.ts), so that a question typed as a sentence finds its answer first. Listed
 * after Starlight in astro.config.mjs: Starlight has no way to add records to its index, so this index replaces
 * it, made from the same pages with the same settings. Costs about a second on this site.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { FAQ_PAGES, faqRecords } from '../lib/search/faq-records';

export function searchIndex(): AstroIntegration {
  return {
    name: 'co-guide:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const fail = (what: string, errors: string[]) => {
          if (errors.length) throw new Error(`検索の索引を作れませんでした（${what}）: ${errors.join(' / ')}`);
        };
        try {
          const { index, errors } = await pagefind.createIndex();
          fail('createIndex', errors);
          fail('addDirectory', (await index!.addDirectory({ path: root })).errors);
          let added = 0;
          for (const page of FAQ_PAGES) {
            const html = await readFile(join(root, page, 'index.html'), 'utf8').catch(() => '');
            for (const r of faqRecords(html, page)) {
              const res = await index!.addCustomRecord({ url: `/${r.url}`, content: `${r.question}。${r.answer}`, language: 'ja', meta: { title: r.question } });
              fail('addCustomRecord', res.errors);
              added++;
            }
          }
          // Starlight's files would stay beside these, unused.
          await rm(join(root, 'pagefind'), { recursive: true, force: true });
          fail('writeFiles', (await index!.writeFiles({ outputPath: join(root, 'pagefind') })).errors);
          logger.info(`search index rebuilt with ${added} FAQ answers as records of their own`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
