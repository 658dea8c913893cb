// Bare arithmetic: "(191-5.6)/5.6", "calc $1B/50", "10% of $5B".
import { arithmetic } from '../scenarios.js';
import type { Answerer } from './context.js';

export const answerArithmetic: Answerer = (q) => (q.expression !== undefined ? arithmetic(q.expression) : undefined);
