// @ts-check
import { defineConfig } from 'astro/config';
import { resolve } from 'node:path';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { CONTENT_SECURITY_POLICY } from './src/lib/content-security-policy';
import { modulePreload } from './src/integrations/module-preload';
import { strictCsp } from './src/integrations/strict-csp';
import { validMarkup } from './src/integrations/valid-markup';
import { checkData } from './src/integrations/check-data';
import { siteSettings } from './src/integrations/site-settings';
import { contentRoot, readSiteSettings } from './src/lib/settings/read-site-settings';
import { accentCss } from './src/lib/settings/accent-palette';
import { sidebarOmits, siteTitle } from './src/lib/settings/tool-pages';
import { widgetData } from './src/integrations/widget-data';
import { searchIndex } from './src/integrations/search-index';

/** The sub-path the site is served from, e.g. BASE=/hr/co-guide/ for an intranet, normalised to `/a/b/`. */
const trimmedBase = (process.env.BASE ?? '').replace(/^\/+|\/+$/g, '');
const base = trimmedBase ? `/${trimmedBase}/` : '/';

/** The organisation's own settings (content/data/site-settings.yaml); the defaults reproduce the public site. */
const settings = readSiteSettings(contentRoot());
const notInSidebar = sidebarOmits(settings);
/**
 * The sidebar without the pages of switched-off tools (and, when the settings say so, the setup pages).
 * @param {{ label: string; items: string[] }[]} groups
 */
const withoutOff = (groups) =>
  groups.map((g) => ({ ...g, items: g.items.filter((i) => !notInSidebar.includes(i)) })).filter((g) => g.items.length > 0);

export default defineConfig({
  // SITE (e.g. https://intranet.example.co.jp) gives the sitemap its absolute URLs; without it there is no sitemap.
  site: process.env.SITE || undefined,
  base,
  trailingSlash: 'always',
  // Starlight turns on prefetching of every link on hover; that script is a fifth of a reading page's JavaScript
  // and fetches chapters the reader may never open, over intranet VPNs too. Pages are small and cached anyway.
  prefetch: false,
  // Separate output and cache folders let parallel builds (tests, benchmarks) run side by side.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  // `npm start` serves the build with `astro preview`; PORT moves it when 4321 is taken.
  server: { port: Number(process.env.PORT ?? 4321) },
  // Explicit heading ids (`## 知る { #know }`) give HR short, stable anchors to link to.
  markdown: { processor: satteri({ features: { headingAttributes: true } }) },
  vite: {
    // One stylesheet for every page, cached once. Inlining it (build.inlineStylesheets) was tried: the throttled
    // phone bench painted ~300 ms sooner, but Lighthouse's network model (TCP slow start) ~150 ms later, as the
    // page no longer fits the first round trip, and every later page would carry the styles again.
    build: { cssCodeSplit: false },
    plugins: [
      {
        // Astro marks MDX modules with "use astro:head-inject" for itself; the bundler's note that it may drop the
        // directive is about Astro's own marker, not our code, and it buried real warnings. Others still show.
        name: 'co-guide:quiet-astro-directive',
        onLog(_level, log) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return false;
        },
      },
      {
        // How the browser's code is bundled (the client build only).
        name: 'co-guide:client-bundle',
        apply: 'build',
        configEnvironment: (name) =>
          name === 'client'
            ? {
                build: {
                  rolldownOptions: {
                    // chart.js declares its scales as classes with static fields, which the bundler keeps in case
                    // reading a property has side effects; in the browser bundle none does, so unused scales (time,
                    // timeseries, logarithmic…) are dropped from the chart chunk.
                    treeshake: { propertyReadSideEffects: false },
                    // Preact, its hooks, its JSX runtime and nanostores, which every island starts with, in one file
                    // instead of four: fewer requests where a server speaks HTTP/1.1 (six at a time).
                    output: {
                      codeSplitting: {
                        groups: [{ name: 'preact', test: /node_modules[\\/](preact|@preact|nanostores|@nanostores)[\\/]/, tags: ['$initial'] }],
                      },
                    },
                  },
                },
              }
            : undefined,
      },
    ],
  },
  integrations: [
    // Without SITE a sitemap cannot have absolute URLs, and Starlight's own would only print a warning: taking the
    // sitemap integration's name keeps Starlight from adding it. With SITE set, Starlight adds the real one.
    ...(process.env.SITE ? [] : [{ name: '@astrojs/sitemap', hooks: {} }]),
    checkData(contentRoot()),
    siteSettings(settings),
    widgetData(contentRoot()),
    starlight({
      title: siteTitle(settings),
      ...(settings.organisation.logo
        ? { logo: { src: resolve(contentRoot(), settings.organisation.logo), alt: settings.organisation.name || '組織のロゴ' } }
        : {}),
      description:
        'キャリアオーナーシップ経営の考え方を経営・組織・個人の3つの視点から読み解き、ブラウザの中で自己診断できる非公式の解説サイト。',
      locales: { root: { label: '日本語', lang: 'ja' } },
      // src/pages/404.astro replaces it (Starlight's own looks for a chapter named 404 and warns when there is none).
      disable404Route: true,
      favicon: '/favicon.svg',
      customCss: ['./src/styles/custom.css'],
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
      head: [
        { tag: 'meta', attrs: { 'http-equiv': 'content-security-policy', content: CONTENT_SECURITY_POLICY } },
        // Paint nothing until the page's header is parsed (src/components/Header.astro ends it with this id); the rest
        // of the page stays undrawn until it is whole (src/styles/custom.css). A first paint of a half-read header or
        // page moves what it showed once the rest arrives (layout shift; test/e2e/layout-shift.test.ts). Browsers
        // without it ignore it.
        { tag: 'link', attrs: { rel: 'expect', href: '#page-header-end', blocking: 'render' } },
        // The organisation's accent colour, made readable in both themes (src/lib/settings/accent-palette.ts).
        ...(settings.accentColour ? [{ tag: /** @type {const} */ ('style'), content: accentCss(settings.accentColour) }] : []),
      ],
      components: {
        Footer: './src/components/Footer.astro',
        Header: './src/components/Header.astro',
        Head: './src/components/Head.astro',
        PageTitle: './src/components/PageTitle.astro',
        Search: './src/components/Search.astro',
        ThemeProvider: './src/components/ThemeProvider.astro',
      },
      sidebar: withoutOff([
        {
          label: 'はじめに',
          items: ['how-to-use'],
        },
        {
          label: 'C/O経営とは',
          items: [
            'co-keiei/definition',
            'co-keiei/purpose',
            'co-keiei/frame',
            'co-keiei/approaches',
            'co-keiei/steps',
          ],
        },
        { label: '経営視点', items: ['keiei/matrix', 'keiei/thirties'] },
        { label: '組織視点', items: ['soshiki/fudo', 'soshiki/groups', 'soshiki/cycle'] },
        { label: '個人視点', items: ['kojin/age-bands', 'kojin/measures', 'kojin/self-check'] },
        // Split by who uses them, so an employee's way to the self-check is not among the HR pages.
        { label: '社員の方が使う診断', items: ['tools/self-check'] },
        {
          label: '人事・管理職向けのツール',
          items: ['tools/org-check', 'tools/matrix', 'tools/team', 'tools/survey', 'tools/embed', 'tools/model'],
        },
        {
          label: '実践の手引き',
          items: [
            'practice/employees',
            'practice/roadmap',
            'practice/kpi',
            'practice/trial-plan',
            'practice/board-report',
            'practice/announce',
            'practice/faq',
            'practice/case',
            'practice/talk-sheets-groups',
            'practice/talk-sheets-ages',
            'practice/career-sheet',
            'practice/consent',
          ],
        },
        { label: '資料', items: ['glossary', 'sources', 'deploy'] },
      ]),
    }),
    // After Starlight: replaces its search index with one that also holds each FAQ answer as a record of its own.
    searchIndex(),
    preact(),
    modulePreload(),
    validMarkup(),
    // After Starlight, so that every page it and others wrote gets its inline scripts hashed.
    strictCsp(),
  ],
});
