/**
 * `npm run check:data [content-folder]`: validates the data files as the build does, in a second and
 * without building, so HR can check their edits. Exits 1 and lists the problems when there are any.
 */
import { checkContent, formatProblems } from '../lib/data-check/check-content.ts';

const dir = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
const problems = checkContent(dir.replace(/\/+$/, ''));
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`${dir}/ のデータファイルに問題はありません。`);
