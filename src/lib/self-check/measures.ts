/**
 * Which measures the self-check recommends, split into what the person can do alone and what they can ask the
 * company or their manager for. In priority order: the reason the person chose, the group's measures along the
 * cycle (from the group's starting step, wrapping round: 知る→気づく→拡げる→知る…), an inferred reason, then the
 * age band's steps for the segment. A measure aimed only at faces that are already high is not recommended, except
 * for the reason the person chose (their choice outweighs the score). A measure whose required answers were not given,
 * or whose excluding answers were, is left out; a consult measure is listed only when it says what the person can
 * ask for (`ask`): company policies stay on the HR pages. Pure.
 */
import type { AgeBandEntry } from '../../schemas/age-band';
import type { Measure } from '../../schemas/measure';
import type { SelfCheckRules } from '../../schemas/self-check-rules';
import { CYCLE_STEPS, SUPPORT_STEPS, type CycleStep } from '../vocabulary';
import type { GroupResult, ReasonResult, Segment } from './classify';
import { isHigh, type Face } from './faces';

export interface MeasurePick {
  self: Measure[];
  consult: Measure[];
}

/** Whether the answers allow a measure: every required item answered as listed, no excluding answer given. */
export function answersAllow(m: Measure, answers: Readonly<Record<string, number | undefined>>): boolean {
  for (const [item, values] of Object.entries(m.requires)) if (!values.includes(answers[item] as number)) return false;
  for (const [item, values] of Object.entries(m.excludes)) if (values.includes(answers[item] as number)) return false;
  return true;
}

/** Whether an employee's list may carry the measure: something to do alone, or to ask for in the person's words. */
export const forEmployee = (m: Measure) => m.action === 'self' || (m.action === 'consult' && !!m.ask);

/** The faces a measure works on: its groups' faces for a 不動層 measure, otherwise its frames. */
export function facesOfMeasure(rules: Pick<SelfCheckRules, 'groups'>, m: Measure): string[] {
  if (m.groups.length) return [...new Set(m.groups.flatMap((g) => rules.groups.find((r) => r.id === g)?.when ?? []))];
  return [...m.frames];
}

/** The cycle from a step onwards, wrapping round, e.g. expand → know → notice. */
export function cycleFrom(start: CycleStep): CycleStep[] {
  const i = CYCLE_STEPS.indexOf(start);
  return [...CYCLE_STEPS.slice(i), ...CYCLE_STEPS.slice(0, i)];
}

/**
 * Picks depend only on which faces are high, the band, segment, group and reason, so they are remembered per
 * catalogue: the team view and the test sweep ask the same question thousands of times.
 */
const memo = new WeakMap<object, WeakMap<readonly Measure[], Map<string, MeasurePick>>>();
/** The items some measure of a catalogue requires or excludes answers of: part of what the picks depend on. */
const askedItems = new WeakMap<readonly Measure[], string[]>();

/** What the picks depend on. */
export interface MeasureQuery {
  faces: readonly Face[];
  band: AgeBandEntry | null;
  segment: Segment | null;
  group: GroupResult | null;
  reason: ReasonResult | null;
  answers: Readonly<Record<string, number | undefined>>;
}

export function pickMeasures(rules: Pick<SelfCheckRules, 'groups' | 'maxMeasures'>, catalogue: readonly Measure[], q: MeasureQuery): MeasurePick {
  let byRules = memo.get(rules);
  if (!byRules) memo.set(rules, (byRules = new WeakMap()));
  let byKey = byRules.get(catalogue);
  if (!byKey) byRules.set(catalogue, (byKey = new Map()));
  let items = askedItems.get(catalogue);
  if (!items) askedItems.set(catalogue, (items = [...new Set(catalogue.flatMap((m) => [...Object.keys(m.requires), ...Object.keys(m.excludes)]))]));
  const key = [q.faces.map((f) => `${f.id}${f.band === 'high' ? '+' : ''}`).join(','), q.band?.id, q.segment?.id, q.group?.id, q.reason?.id, q.reason?.chosen, ...items.map((i) => q.answers[i] ?? '')].join('|');
  let pick = byKey.get(key);
  if (!pick) byKey.set(key, (pick = computePick(rules, catalogue, q)));
  return pick;
}

function computePick(rules: Pick<SelfCheckRules, 'groups' | 'maxMeasures'>, catalogue: readonly Measure[], { faces, band, segment, group, reason, answers }: MeasureQuery): MeasurePick {
  const forReason = (m: Measure) => !!reason && !!band && m.reasons.includes(reason.id) && m.ageBands.includes(band.id);
  const chosenFor = (m: Measure) => !!reason?.chosen && forReason(m);
  const allowed = (m: Measure) => forEmployee(m) && answersAllow(m, answers) && (chosenFor(m) || !facesOfMeasure(rules, m).every((f) => isHigh(faces, f)));
  const ranked: Measure[] = [];
  if (reason?.chosen) ranked.push(...catalogue.filter(forReason));
  if (group) for (const step of cycleFrom(group.startWith)) ranked.push(...catalogue.filter((m) => m.groups.includes(group.id) && m.cycle === step));
  if (reason && !reason.chosen) ranked.push(...catalogue.filter(forReason));
  if (band && segment) {
    for (const step of SUPPORT_STEPS) if (segment.steps.includes(step)) ranked.push(...catalogue.filter((m) => m.ageBands.includes(band.id) && m.step === step));
  }
  const pick = (action: 'self' | 'consult', max: number) => {
    const out: Measure[] = [];
    for (const m of ranked) if (out.length < max && m.action === action && allowed(m) && !out.includes(m)) out.push(m);
    return out;
  };
  return { self: pick('self', rules.maxMeasures.self), consult: pick('consult', rules.maxMeasures.consult) };
}
