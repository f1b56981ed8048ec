/**
 * The framework's fixed vocabulary: ids used in data files, share codes and URLs,
 * with the Japanese labels shown to readers. Everything else refers to these ids,
 * so a label can be reworded without touching data or breaking saved answers.
 */

/** 基本フレーム 「見える」「増やす」「つなぐ」 */
export const FRAMES = ['mieru', 'fuyasu', 'tsunagu'] as const;
export type Frame = (typeof FRAMES)[number];
export const FRAME_LABELS: Record<Frame, string> = {
  mieru: '見える',
  fuyasu: '増やす',
  tsunagu: 'つなぐ',
};

/** 三つのアプローチ */
export const PERSPECTIVES = ['keiei', 'soshiki', 'kojin'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];
export const PERSPECTIVE_LABELS: Record<Perspective, string> = {
  keiei: '経営視点',
  soshiki: '組織視点',
  kojin: '個人視点',
};

/** 個人視点の年代区分 */
export const AGE_BANDS = ['young', 'middle', 'senior'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  young: '若年層（20代〜30代前半）',
  middle: '中堅層（30代後半〜40代）',
  senior: 'シニア層（50代以上）',
};

/** 不動層の三つの群 */
export const FUDO_GROUPS = ['reach', 'grow', 'apply'] as const;
export type FudoGroup = (typeof FUDO_GROUPS)[number];
export const FUDO_GROUP_LABELS: Record<FudoGroup, string> = {
  reach: 'リーチ不足群',
  grow: '伸ばせていない群',
  apply: '自社での発揮を描けない群',
};

/** 組織視点の成長サイクル */
export const CYCLE_STEPS = ['know', 'notice', 'expand'] as const;
export type CycleStep = (typeof CYCLE_STEPS)[number];
export const CYCLE_STEP_LABELS: Record<CycleStep, string> = {
  know: '知る',
  notice: '気づく',
  expand: '拡げる',
};

/** 個人視点の施策の4ステップ */
export const SUPPORT_STEPS = ['know', 'understand', 'deepen', 'practice'] as const;
export type SupportStep = (typeof SUPPORT_STEPS)[number];
export const SUPPORT_STEP_LABELS: Record<SupportStep, string> = {
  know: '知る',
  understand: '理解を深める',
  deepen: 'さらに理解を深める',
  practice: '実践を支援する',
};

/** 施策の担い手 */
export const OWNERS = ['management', 'hr', 'manager', 'self'] as const;
export type Owner = (typeof OWNERS)[number];
export const OWNER_LABELS: Record<Owner, string> = {
  management: '経営',
  hr: '人事',
  manager: '上司',
  self: '本人',
};

/** Who can act on a measure the self-check recommends: the person alone, or by asking the company or manager. */
export const MEASURE_ACTIONS = ['self', 'consult'] as const;
export type MeasureAction = (typeof MEASURE_ACTIONS)[number];
export const MEASURE_ACTION_LABELS: Record<MeasureAction, string> = {
  self: '自分でできること',
  consult: '会社や上司に相談できること',
};
