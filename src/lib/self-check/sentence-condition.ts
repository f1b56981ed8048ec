/**
 * Whether a result sentence's written condition holds on what a result shows. Shared by the employee self-check and
 * the organisation check: their views show a sentence only when this says it is true, and the exhaustive test sweep
 * asks the same of every sentence shown, with facts it recomputes from the shown numbers. Pure.
 */
import type { SentenceCondition } from '../../schemas/result-sentence';
import type { Band } from './faces';

/** What a result shows, as far as sentence conditions read it. A condition on a fact not given never holds. */
export interface SentenceFacts {
  segment?: string;
  label?: 'shown' | 'withheld';
  /** Band of each face, as read on its shown score (null when the face is not scored). */
  bands?: Readonly<Record<string, Band | null>>;
  ageBand?: boolean;
  reason?: 'chosen' | 'inferred' | 'none';
  /** Answer-style findings: 'sameAnswer', 'contradictions', 'acquiescence'. */
  style?: readonly string[];
  lists?: Readonly<{ self?: number; consult?: number; org?: number }>;
  answers?: Readonly<Record<string, number | undefined>>;
  stage?: string;
  allMet?: boolean;
  /** Organisation check: whether each axis is at or above the strong mark. */
  axisHigh?: Readonly<Record<string, boolean>>;
}

const inBands = (facts: SentenceFacts, face: string, bands: readonly Band[]) => {
  const b = facts.bands?.[face];
  return b !== undefined && b !== null && bands.includes(b);
};

/** True when every part of the condition holds; `named` are the faces the sentence names through {face}/{faces}. */
export function holds(when: SentenceCondition, facts: SentenceFacts, named: readonly string[] = []): boolean {
  if (when.always) return true;
  if (when.segment && (facts.segment === undefined || !when.segment.includes(facts.segment))) return false;
  if (when.label && facts.label !== when.label) return false;
  if (when.faces && !Object.entries(when.faces).every(([face, bands]) => inBands(facts, face, bands))) return false;
  if (when.some && !when.some.faces.some((face) => inBands(facts, face, when.some!.band))) return false;
  if (when.named && (named.length === 0 || !named.every((face) => inBands(facts, face, when.named!)))) return false;
  if (when.ageBand && facts.ageBand !== (when.ageBand === 'given')) return false;
  if (when.reason && (facts.reason === undefined || !when.reason.includes(facts.reason))) return false;
  if (when.style) {
    if (!facts.style) return false;
    const found = facts.style.length ? facts.style : ['none'];
    if (!when.style.some((s) => found.includes(s))) return false;
  }
  if (when.lists) {
    for (const [list, want] of Object.entries(when.lists) as [keyof NonNullable<SentenceFacts['lists']>, 'some' | 'none' | undefined][]) {
      const n = facts.lists?.[list];
      if (want && (n === undefined || (want === 'some') !== n > 0)) return false;
    }
  }
  if (when.answers && !Object.entries(when.answers).every(([item, values]) => values.includes(facts.answers?.[item] as number))) return false;
  if (when.stage && (facts.stage === undefined || !when.stage.includes(facts.stage))) return false;
  if (when.allMet !== undefined && facts.allMet !== when.allMet) return false;
  if (when.axes && !Object.entries(when.axes).every(([axis, want]) => facts.axisHigh?.[axis] !== undefined && facts.axisHigh[axis] === (want === 'high'))) return false;
  if (when.someAxis && !Object.values(facts.axisHigh ?? {}).some((h) => h === (when.someAxis === 'high'))) return false;
  return true;
}

/** Fills {name} placeholders; a placeholder with no value is left visible so a test can catch it. */
export function fill(text: string, vars: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{([a-zA-Z]+)\}/g, (all, name: string) => (vars[name] !== undefined ? String(vars[name]) : all));
}
