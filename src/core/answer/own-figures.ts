// One entity's figures worked against each other (multiples, runway, year on year, per unit), or others
// with a similar figure.
import { ownFigureAnswer, similarFigures } from '../own-figures.js';
import type { Answerer } from './context.js';

export const answerOwnFigures: Answerer = (q, { index }) =>
  q.lead
    ? (ownFigureAnswer(index, q.res, q.lead, q.lowered) ?? similarFigures(index, q.res, q.lead, q.lowered))
    : undefined;
