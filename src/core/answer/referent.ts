// "What license is it under?", "their revenue", "the 2024 model": a referent the question leaves open gets
// the candidates (or the one that fits).
import { vagueReferent } from '../referents.js';
import type { Answerer } from './context.js';

export const answerReferent: Answerer = (q, { index }) => vagueReferent(index, q.res, q.lowered, q.pronoun);
