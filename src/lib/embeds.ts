import type { SiteSettings } from '../schemas/site-settings';
import { disabledTools } from './settings/tool-pages';

/**
 * The tools that have an embed page (embed/<tool>/), with the title and the one line shown above the tool. A tool
 * whose own headings are h3 (they sit under a chapter's h2 on the guide page) gets an h2 `heading` in the embed,
 * read by screen readers only, so that no heading level is skipped after the page's h1.
 */
export const EMBEDS = {
  'self-check': {
    title: 'キャリアオーナーシップ自己診断',
    intro: '回答はこのブラウザの中だけで計算・保存され、どこにも送られません。',
  },
  'org-check': {
    title: '組織のC/O経営セルフチェック',
    intro: 'C/O経営スコアの考え方を参考にした、このサイト独自のセルフチェックです。回答はこのブラウザの中だけにあります。',
  },
  matrix: {
    title: 'C/O×事業貢献マトリクス',
    intro: '1行に「ラベル, C/O体現度, 事業貢献」（0〜100）を入れると図になります。数値はこのブラウザの外に出ません。',
    heading: '数値を入れて図にする',
  },
  team: {
    title: 'チーム集計',
    intro: 'ファイルも貼り付けた内容も、このブラウザの中だけで集計します。何もアップロードされません。',
    heading: '回答を読み込んで集計する',
  },
} as const;
export type EmbeddedTool = keyof typeof EMBEDS;

/** The tools that get an embed page in this build: all but those the organisation switched off. */
export const embeddedTools = (settings: SiteSettings): EmbeddedTool[] => {
  const off: readonly string[] = disabledTools(settings);
  return (Object.keys(EMBEDS) as EmbeddedTool[]).filter((t) => !off.includes(t));
};
