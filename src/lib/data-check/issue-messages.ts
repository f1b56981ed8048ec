import type { z } from 'astro/zod';

const TYPE_NAMES: Record<string, string> = {
  string: '文字列',
  number: '数値',
  int: '整数',
  boolean: 'true か false',
  array: 'リスト（- で始まる行の並び）',
  object: '「キー: 値」の組',
  record: '「キー: 値」の組',
};

const list = (values: readonly unknown[]) => values.map((v) => String(v)).join(' / ');

/**
 * Says in Japanese what a field should hold, for HR who edit the data files. Passed to zod as the
 * per-parse error map, so messages a schema writes itself (already Japanese) still take precedence.
 */
export function japaneseIssueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `必須の項目がありません（${TYPE_NAMES[issue.expected] ?? issue.expected} を書いてください）`;
      return `${TYPE_NAMES[issue.expected] ?? issue.expected} を書いてください（いまは ${JSON.stringify(issue.input)}）`;
    case 'invalid_value':
      return `次のどれかにしてください: ${list(issue.values)}（いまは ${JSON.stringify(issue.input)}）`;
    case 'too_small':
      if (issue.origin === 'array') return `${String(issue.minimum)} 件以上書いてください`;
      if (issue.origin === 'string') return '空にせず書いてください';
      return `${String(issue.minimum)} 以上にしてください（いまは ${JSON.stringify(issue.input)}）`;
    case 'too_big':
      if (issue.origin === 'array') return `${String(issue.maximum)} 件以下にしてください`;
      if (issue.origin === 'string') return `${String(issue.maximum)} 文字以下にしてください`;
      return `${String(issue.maximum)} 以下にしてください（いまは ${JSON.stringify(issue.input)}）`;
    case 'invalid_format':
      return `書き方が違います（いまは ${JSON.stringify(issue.input)}）`;
    case 'unrecognized_keys':
      return `知らないキーです: ${list(issue.keys)}（綴りを確かめてください）`;
    case 'invalid_union':
      return '書ける形のどれにも当てはまりません';
    default:
      return '値が正しくありません';
  }
}
