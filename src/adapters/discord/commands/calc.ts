// /aiecon calc expression:… — arithmetic on money, as the engine's "calc <expression>".
import { ENGINE_COMMANDS } from '../../../core/commands.js';
import type { Subcommand } from './command.js';
import { describeFrom } from './describe.js';

export const calc = {
  name: 'calc',
  description: describeFrom(ENGINE_COMMANDS, 'calc', 'Arithmetic on money and token prices.'),
  options: [
    { name: 'expression', description: 'e.g. 100M tokens at $0.07 per million', required: true, maxLength: 500 },
  ],
  toText: (v) => `calc ${v.expression ?? ''}`,
} satisfies Subcommand;
