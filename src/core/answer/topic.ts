// Nothing named or described: the best-matching facts across the knowledge, or a choice when several tie.
import { topicAnswer } from '../lookup.js';
import type { Answerer } from './context.js';

export const answerTopic: Answerer = (q, { index }) => topicAnswer(index, q.res, q.lowered);
