// "Chart the training costs of the most expensive models": a reply with a chart of every sourced figure.
import { chartAnswer } from '../chart-answer.js';
import type { Answerer } from './context.js';

export const answerChart: Answerer = (q, { index, names }) => chartAnswer(index, q.res, { text: q.text, names });
