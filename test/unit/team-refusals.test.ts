import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '@/lib/answers';
import { choiceOptions } from '@/lib/choice-options';
import { orgResultToJson } from '@/lib/org-check/export';
import { diagnoseOrg } from '@/lib/org-check/engine';
import { encodeShareCode } from '@/lib/share-code';
import { looksLikeTable } from '@/lib/team/import';
import { ORG_MIN_ANSWERED, readOrgResult } from '@/lib/team/org-result';
import { poolBuilder, poolOf } from '@/lib/team/pool';
import { orgCheckData, selfCheckData } from './support/data';

const people = selfCheckData();
const org = orgCheckData();
const items = people.instrument.items;
const optionsFor = (q: string, c: Record<string, string[]>) => choiceOptions(org.instrument.choices.find((x) => x.id === q)!, c, []);
const person = (answered: number, age: string[] | undefined): AnswerSet => ({
  instrument: 'self-check',
  version: people.instrument.version,
  answers: Object.fromEntries(items.slice(0, answered).map((i) => [i.id, 3])),
  choices: age ? { age } : {},
});

describe('pooling refuses incomplete results, with the reason', () => {
  it('for every number of answered items, with and without the age band', () => {
    for (let answered = 0; answered <= items.length; answered++) {
      for (const age of [undefined, ['young']]) {
        const b = poolBuilder(people);
        const refused = b.add(person(answered, age));
        const complete = answered === items.length && age !== undefined;
        expect(refused === null).toBe(complete);
        expect(b.result().count).toBe(complete ? 1 : 0);
        if (!complete) expect(refused).toMatch(/^回答が揃っていません（未回答：.+）。/);
        if (!age) expect(refused).toContain('年代）。');
        if (answered < items.length) expect(refused).toContain(`設問${items.length - answered}問`);
      }
    }
    const heard: number[] = [];
    expect(poolOf(people, [{ set: person(items.length, ['middle']) }, { set: person(3, ['middle']) }], [], (i) => heard.push(i)).count).toBe(1);
    expect(heard).toEqual([1]);
  });
});

describe('the gap view refuses an organisation result with too few answers', () => {
  const total = org.instrument.items.length;
  const needed = Math.ceil(total * ORG_MIN_ANSWERED);
  const orgSet = (answered: number): AnswerSet => ({ instrument: 'org-check', version: org.instrument.version, answers: Object.fromEntries(org.instrument.items.slice(0, answered).map((i) => [i.id, 4])), choices: {} });

  it(`accepts ${needed} of ${total} answers or more, from a share link and from JSON alike, and says why not below`, () => {
    for (let answered = 0; answered <= total; answered++) {
      const set = orgSet(answered);
      const code = encodeShareCode('org-check', org.instrument, set, optionsFor);
      const json = orgResultToJson(set, diagnoseOrg(org, set), new Date(0));
      for (const text of [code, json]) {
        const r = readOrgResult(text, org);
        if (answered >= needed) expect(r).toEqual({ ok: true, set });
        else expect(r).toEqual({ ok: false, message: expect.stringContaining(`${total}問のうち${answered}問にしか答えていません`) });
      }
    }
  });
});

describe('telling a survey export from results', () => {
  it('looks at the first line that is not blank', () => {
    expect(looksLikeTable('\uFEFF\r\n  ID,部署,年代\r\n1,a,b')).toBe(true);
    expect(looksLikeTable('ID\t部署\t年代')).toBe(true);
    expect(looksLikeTable('{"format":"x","a":1,"b":2}')).toBe(false);
    expect(looksLikeTable('https://example.org/tools/self-check/#r=1,2,3')).toBe(false);
    expect(looksLikeTable('')).toBe(false);
  });
});
