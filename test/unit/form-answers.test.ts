import { describe, expect, it } from 'vitest';
import { formAnswers } from '@/lib/form-answers';
import { optionsResolver } from '@/lib/self-check/engine';
import { selfCheckData } from './support/data';

const data = selfCheckData();
const optionsFor = optionsResolver(data);
const [first, second] = data.instrument.items;
const read = (entries: [string, string][], made: Record<string, string[]> = {}) => formAnswers(entries, data.instrument, optionsFor, made);

describe('answers marked in the server-rendered questions before the widget started', () => {
  it('keeps each marked question with its value', () => {
    expect(read([[`q-${first!.id}`, '4'], [`q-${second!.id}`, '1']])).toEqual({ answers: { [first!.id]: 4, [second!.id]: 1 }, choices: {} });
  });

  it.each([
    ['a value off the scale', `q-${first!.id}`, '6'],
    ['zero', `q-${first!.id}`, '0'],
    ['a fraction', `q-${first!.id}`, '2.5'],
    ['not a number', `q-${first!.id}`, 'yes'],
    ['an unknown question', 'q-nosuch', '3'],
    ['a field that is not a question', 'search', '3'],
    ['an age band that does not exist', 'q-age', 'teen'],
  ])('leaves out %s', (_, name, value) => {
    expect(read([[name, value]])).toEqual({ answers: {}, choices: {} });
  });

  it('takes an age band, then a reason of that band, and drops a reason of another band', () => {
    const young = data.ageBands.find((b) => b.id === 'young')!;
    const middle = data.ageBands.find((b) => b.id === 'middle')!;
    expect(read([['q-age', 'young'], ['q-reason', young.reasons[0]!.id]]).choices).toEqual({ age: 'young', reason: young.reasons[0]!.id });
    expect(read([['q-age', 'young'], ['q-reason', middle.reasons[0]!.id]]).choices).toEqual({ age: 'young' });
    // The band chosen earlier (already in the store) decides which reasons count.
    expect(read([['q-reason', middle.reasons[0]!.id]], { age: ['middle'] }).choices).toEqual({ reason: middle.reasons[0]!.id });
  });

  it('reads 「選ばない」 (an empty value) as no choice', () => {
    expect(read([['q-reason', '']]).choices).toEqual({ reason: null });
  });
});
