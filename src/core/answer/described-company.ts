// A topic word ("H100s") next to a described company or model ("the quant fund's lab"): the company is the subject.
import { entityAnswer } from '../lookup.js';
import type { Answerer } from './context.js';

export const answerDescribedCompany: Answerer = (q, { index }) =>
  q.strongCue ? entityAnswer(index, q.res, index.entity(q.strongCue.ids[0]!)!, q.lowered) : undefined;
