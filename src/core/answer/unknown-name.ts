// Only names the knowledge does not know ("Falcon 180B"): decline plainly, offer what is near.
import { unknownReply } from '../replies.js';
import type { Answerer } from './context.js';
import { nearestTo } from './nearest.js';

export const answerUnknownName: Answerer = (q, { index }) =>
  unknownReply(index, q.unknownNames, { nearest: nearestTo(index, q) });
