import { describe, expect, it } from 'vitest';
import { leftOutNotice, sortDroppedFiles } from '@/lib/team/dropped-files';
import { MAX_LISTED } from '@/lib/team/import';
import { countSentence, problemsCaption, problemsCsv, surveyProblems } from '@/lib/team/problem-list';

const file = (name: string) => ({ name });

describe('dropped files', () => {
  it('opens the first survey export, leaves out the others and keeps the rest as results', () => {
    const files = [file('a.json'), file('survey.CSV'), file('b.txt'), file('more.tsv'), file('last.csv')];
    const { survey, leftOut, results } = sortDroppedFiles(files);
    expect(survey).toBe(files[1]);
    expect(leftOut.map((f) => f.name)).toEqual(['more.tsv', 'last.csv']);
    expect(results.map((f) => f.name)).toEqual(['a.json', 'b.txt']);
    expect(leftOutNotice(survey, leftOut)).toBe('アンケートの回答ファイルは1つずつ読み込みます。survey.CSVを開きました。more.tsv、last.csvは読み込んでいません。');
  });

  it('says nothing when at most one survey export was given', () => {
    const none = sortDroppedFiles([file('a.json')]);
    expect(none.survey).toBeUndefined();
    expect(leftOutNotice(none.survey, none.leftOut)).toBeNull();
    const one = sortDroppedFiles([file('s.csv'), file('data.xlsx')]);
    expect(one.survey?.name).toBe('s.csv');
    expect(one.results.map((f) => f.name)).toEqual(['data.xlsx']);
    expect(leftOutNotice(one.survey, one.leftOut)).toBeNull();
  });
});

describe('problem list', () => {
  it('counts in Japanese digits and mentions what was not counted only when there is some', () => {
    expect(countSentence(1234, 0)).toBe('1,234件を集計しました。');
    expect(countSentence(3, 1500)).toBe('3件を集計しました。集計に入れなかったものが1,500件あります。');
  });

  it('says in the caption when problems were left out of the list', () => {
    expect(problemsCaption(0)).toBe('集計に入れなかったもの（1件ずつ）');
    expect(problemsCaption(2000)).toBe(`集計に入れなかったもの（先頭の${MAX_LISTED}件など。ほかに2,000件は一覧から省略）`);
  });

  it('writes every problem to CSV under a header row', () => {
    expect(problemsCsv([{ source: 'a.json', line: 2, message: '読めません, "壊れた"' }])).toBe('\uFEFF出どころ,行,理由\r\na.json,2,"読めません, ""壊れた"""\r\n');
  });

  it('puts a survey import’s row problems under the file name', () => {
    expect(surveyProblems('s.csv', [{ row: 4, message: 'x' }])).toEqual([{ source: 's.csv', line: 4, message: 'x' }]);
  });
});
