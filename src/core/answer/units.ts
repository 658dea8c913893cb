// Arithmetic with the user's own numbers and units ("10M tokens a day at $0.50/M for a year").
import type { Answerer } from './context.js';

export const answerUnits: Answerer = () => undefined;
