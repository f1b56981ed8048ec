/** A result sentence's condition in words, for the model page: each part joined by 「、かつ」. Pure. */
import type { SentenceCondition } from '../../schemas/result-sentence';
import { BAND_LABELS } from './faces';

const STYLE: Record<string, string> = {
  sameAnswer: '同じ答えが続いている',
  contradictions: '対になる文の両方に強く同じ向きで答えた組がある',
  agreesWithBoth: '対になる文の両方に同意する傾向がある',
  disagreesWithBoth: '対になる文の両方を否定する傾向がある',
  none: '回答のしかたに注意がない',
};
const REASON: Record<string, string> = { chosen: '停滞理由を選んだ', inferred: '停滞理由を推しはかった', none: '停滞理由を選ばず、推しはかってもいない' };

export function sentenceConditionText(c: SentenceCondition, names: { face: (id: string) => string; segment: (id: string) => string }): string {
  if (c.always) return 'どの結果にも';
  const bands = (b: readonly string[]) => b.map((x) => BAND_LABELS[x as keyof typeof BAND_LABELS]).join('か');
  const parts: string[] = [];
  if (c.label) parts.push(c.label === 'shown' ? '区分を示すとき' : '回答のしかたのため区分を控えたとき');
  if (c.segment) parts.push(`区分が${c.segment.map(names.segment).join('か')}`);
  if (c.faces) for (const [f, b] of Object.entries(c.faces)) parts.push(`「${names.face(f)}」が${bands(b)}`);
  if (c.some) parts.push(`${c.some.faces.map((f) => `「${names.face(f)}」`).join('')}のどれかが${bands(c.some.band)}`);
  if (c.named) parts.push(`文に名前を出す軸がどれも${bands(c.named)}`);
  if (c.ageBand) parts.push(c.ageBand === 'given' ? '年代を選んだ' : '年代を選んでいない');
  if (c.reason) parts.push(c.reason.map((r) => REASON[r]).join('か'));
  if (c.style) parts.push(c.style.map((s) => STYLE[s]).join('か'));
  if (c.lists?.self) parts.push(c.lists.self === 'some' ? '自分でできることがある' : '自分でできることが1つもない');
  if (c.lists?.consult) parts.push(c.lists.consult === 'some' ? '相談できることがある' : '相談できることが1つもない');
  if (c.lists?.org) parts.push(c.lists.org === 'some' ? 'すすめる施策がある' : 'すすめる施策が1つもない');
  if (c.stage) parts.push(`段階が${c.stage.join('か')}`);
  if (c.allMet !== undefined) parts.push(c.allMet ? 'どの段階の条件も満たしている' : '満たしていない条件がある');
  if (c.axes) for (const [a, h] of Object.entries(c.axes)) parts.push(`「${names.face(a)}」が${h === 'high' ? '高い' : '高くない'}`);
  if (c.someAxis) parts.push(c.someAxis === 'high' ? '高い軸がある' : '高くない軸がある');
  if (c.answers) for (const [item, v] of Object.entries(c.answers)) parts.push(`設問 ${item} の答えが${v.join('か')}`);
  return parts.join('、かつ');
}
