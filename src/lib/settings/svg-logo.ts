/**
 * What in an SVG logo could run or fetch something: an SVG file is a document of its own, and opened from the site
 * (its own address) it runs its scripts there, where no page's Content-Security-Policy applies. Such a logo is
 * refused by the data check (src/lib/data-check/check-content.ts) with these reasons; the organisation can remove
 * the part or use a PNG. A logo needs none of it: shapes, colours, gradients referred to by `#id`.
 */

const RULES: readonly { test: RegExp; reason: string }[] = [
  { test: /<script\b/i, reason: 'スクリプト（<script>）' },
  { test: /\son[a-z]+\s*=/i, reason: 'イベント属性（onload= など）' },
  { test: /<(foreignObject|iframe|embed|object|handler|listener)\b/i, reason: 'ほかの文書を埋め込む要素（<foreignObject> など）' },
  { test: /<!(DOCTYPE|ENTITY)\b/i, reason: 'DOCTYPE・ENTITY の宣言' },
  { test: /<\?xml-stylesheet\b/i, reason: '外部のスタイルシート' },
  // Only references inside the file (`#id`): anything else is another file, another host or `javascript:`.
  { test: /\s(?:[a-z]+:)?(?:href|src)\s*=\s*(?:"(?!#)|'(?!#)|(?!["'#]))/i, reason: 'ファイルの外を指す参照（href・src）' },
  { test: /url\(\s*(?!["']?#)/i, reason: 'ファイルの外を指す url()' },
  { test: /@import\b/i, reason: 'スタイルの @import' },
  { test: /\sattributeName\s*=\s*["']?(?:[a-z]+:)?href\b/i, reason: 'リンク先を書き換えるアニメーション' },
];

/** Why this SVG cannot be the logo (each reason once, in Japanese), or an empty list when it can. */
export function svgLogoProblems(svg: string): string[] {
  return RULES.filter((r) => r.test.test(svg)).map((r) => r.reason);
}
