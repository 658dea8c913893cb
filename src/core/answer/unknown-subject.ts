// "How much has Microsoft invested in OpenAI?": the subject is the unknown name, so decline; the known
// thing's own figures follow, labelled as its own.
import { unknownReply } from '../replies.js';
import type { Answerer } from './context.js';
import { nearestTo } from './nearest.js';

export const answerUnknownSubject: Answerer = (q, { index }) =>
  unknownReply(index, q.unknownNames, { about: q.lead, nearest: nearestTo(index, q) });
