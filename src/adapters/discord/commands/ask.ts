// /aiecon ask question:… — the question goes to the dispatcher as typed.
import { ENGINE_COMMANDS } from '../../../core/commands.js';
import { MAX_QUERY_CHARS } from '../../../core/safe-text.js';
import type { Subcommand } from './command.js';
import { describeFrom } from './describe.js';

export const ask = {
  name: 'ask',
  description: describeFrom(ENGINE_COMMANDS, 'ask', 'Ask about the economics of open AI.'),
  options: [
    {
      name: 'question',
      description: 'e.g. what did DeepSeek V3 cost?',
      required: true,
      maxLength: MAX_QUERY_CHARS,
      // Completes the model or company name being typed at the end of the question.
      autocomplete: 'question',
    },
  ],
  toText: (v) => v.question ?? '',
} satisfies Subcommand;
