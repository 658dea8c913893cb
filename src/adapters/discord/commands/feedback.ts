// /aiecon feedback — this channel's voted-down answers and unanswered questions.
import type { Subcommand } from './command.js';

export const feedback = {
  name: 'feedback',
  description: 'Answers voted down and questions aiecon could not answer in this channel.',
  options: [],
  toText: () => 'feedback',
} satisfies Subcommand;
