/** Types for lint.mjs (plain JavaScript so that Node runs it without a build step). */
export interface Problem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
  /** For YAML: where the string sits, e.g. `0.reasons.1.description`. */
  where?: string;
}
export function dropHeadingIds(text: string): { parsed: string; toFile: (offset: number) => number };
export function yamlProse(text: string): { text: string; line: number; where: string; isItem: boolean }[];
export function lintChapter(text: string, file: string): Promise<Problem[]>;
export function lintYamlProse(text: string, file: string): Promise<Problem[]>;
export function sourceProse(text: string, file: string): { text: string; line: number; isItem: boolean }[];
export function lintSourceProse(text: string, file: string): Promise<Problem[]>;
export function proseFiles(): { chapters: string[]; data: string[]; source: string[] };
export function lintFile(file: string): Promise<Problem[]>;
export function formatProblem(p: Problem): string;
