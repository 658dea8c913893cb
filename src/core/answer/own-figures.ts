// One entity's figures worked against each other (multiples, runway, year on year, per unit), or others
// with a similar figure.
import { ownFigureAnswer, similarFigures } from '../own-figures.js';
import type { Answerer } from './context.js';
import { subjectOf } from './sourced-units.js';

export const answerOwnFigures: Answerer = (q, { index }) => {
  if (q.lead)
    return ownFigureAnswer(index, q.res, q.lead, q.lowered) ?? similarFigures(index, q.res, q.lead, q.lowered);
  // "the claude maker's valuation as a multiple of its revenue": one clearly described thing's own figures.
  const described = subjectOf(q, index);
  return described ? ownFigureAnswer(index, q.res, described, q.lowered) : undefined;
};
