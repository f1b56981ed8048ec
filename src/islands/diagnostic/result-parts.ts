import type { ComponentChildren } from 'preact';
import type { AnswerSet } from '../../lib/answers';

/**
 * What a diagnostic needs only once a result is shown: its result view and its exports. Each diagnostic puts these
 * in a module of their own that the questionnaire imports when the result is near, so the questions load without them.
 */
export interface ResultParts {
  /** Renders the result of an answer set; `shared` is true for a result opened from a link. */
  render: (set: AnswerSet, shared: boolean, actions: ComponentChildren) => ComponentChildren;
  exportJson: (set: AnswerSet) => string;
  exportCsv: (set: AnswerSet) => string;
}
