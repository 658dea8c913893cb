// A topic word ("H100s") next to a described company or model ("the quant fund's lab"): the company is the subject,
// its own figures worked against each other first when the question asks that ("its revenue times its margin").
import { entityAnswer } from '../lookup.js';
import { ownFigureAnswer } from '../own-figures.js';
import type { Answerer } from './context.js';

export const answerDescribedCompany: Answerer = (q, { index }) => {
  const e = q.strongCue ? index.entity(q.strongCue.ids[0]!) : undefined;
  return e ? (ownFigureAnswer(index, q.res, e, q.lowered) ?? entityAnswer(index, q.res, e, q.lowered)) : undefined;
};
