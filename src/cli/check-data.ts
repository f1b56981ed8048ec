/**
 * `npm run check:data [content-folder]`: validates the data files as the build does, in a second and
 * without building, so HR can check their edits. Exits 1 and lists the problems when there are any.
 */
import { withoutTrailingSlash } from '../lib/base-path.ts';
import { checkContent, formatProblems } from '../lib/data-check/check-content.ts';

const dir = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
const problems = checkContent(withoutTrailingSlash(dir));
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`${dir}/ のデータファイルに問題はありません。`);
