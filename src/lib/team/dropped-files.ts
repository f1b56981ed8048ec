/** Files that are a survey tool's export by their name; others are read as results unless their text is a table. */
const SURVEY_FILE = /\.(csv|tsv)$/i;

/**
 * Sorts the files HR chose or dropped: the first survey export by name is opened, further ones are left out (a
 * survey is read one file at a time), and the rest are result files to be read with the pasted text.
 */
export function sortDroppedFiles<F extends { name: string }>(files: readonly F[]): { survey: F | undefined; leftOut: F[]; results: F[] } {
  const [survey, ...leftOut] = files.filter((f) => SURVEY_FILE.test(f.name));
  return { survey, leftOut, results: files.filter((f) => !SURVEY_FILE.test(f.name)) };
}

/** The note shown when more than one survey export was given, or null when there is nothing to say. */
export function leftOutNotice(survey: { name: string } | undefined, leftOut: readonly { name: string }[]): string | null {
  return leftOut.length ? `アンケートの回答ファイルは1つずつ読み込みます。${survey!.name}を開きました。${leftOut.map((f) => f.name).join('、')}は読み込んでいません。` : null;
}
