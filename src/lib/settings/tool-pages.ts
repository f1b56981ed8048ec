import { SWITCHABLE_TOOLS, type SiteSettings, type SwitchableTool } from '../../schemas/site-settings';

/**
 * Where each switchable tool lives: its chapters (content/chapters/<slug>.mdx) and its embed page. The survey page
 * belongs to the team view: it explains how to collect answers for it and has no use without it.
 */
export const TOOL_PAGES: Record<SwitchableTool, { chapters: string[]; embed: string }> = {
  matrix: { chapters: ['tools/matrix'], embed: 'embed/matrix' },
  team: { chapters: ['tools/team', 'tools/survey'], embed: 'embed/team' },
};

export const disabledTools = (settings: SiteSettings): SwitchableTool[] => SWITCHABLE_TOOLS.filter((t) => !settings.tools[t]);

/** Chapter slugs (content/chapters/<slug>.mdx) of the switched-off tools: left out of the collection and sidebar. */
export const disabledChapters = (settings: SiteSettings): string[] => disabledTools(settings).flatMap((t) => TOOL_PAGES[t].chapters);

/** Pages for those who set the site up: how to deploy it, embed its tools and edit its data files. */
export const SETUP_CHAPTERS = ['deploy', 'tools/embed'];

/**
 * Chapter slugs left out of the sidebar, and so of the print edition and prev/next: switched-off tools (which have
 * no page at all) and, in an organisation's copy for its employees, the setup pages (which keep their page).
 */
export const sidebarOmits = (settings: SiteSettings): string[] => [...disabledChapters(settings), ...(settings.setupPages ? [] : SETUP_CHAPTERS)];

/** Site paths (without base, with trailing slash) of every page a switched-off tool would have had. */
export const disabledPaths = (settings: SiteSettings): string[] =>
  disabledTools(settings).flatMap((t) => [...TOOL_PAGES[t].chapters.map((c) => `${c}/`), `${TOOL_PAGES[t].embed}/`]);

/**
 * The site's own name. It names a reader's companion, not the guidebook: no 「実践ガイド」, no 「ウェブ版」, nothing a
 * reader could take for an edition of the consortium's guidebook or for a product of the consortium.
 */
export const SITE_NAME = 'C/O経営を読み解く';

/** The site's title, with the organisation's name when it gives one (header, page titles, embed pages). */
export const siteTitle = (settings: SiteSettings): string =>
  settings.organisation.name ? `${SITE_NAME}（${settings.organisation.name}）` : SITE_NAME;
