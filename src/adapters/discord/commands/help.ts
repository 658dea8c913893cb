// /aiecon help — the engine's help, generated from the command metadata.
import type { Subcommand } from './command.js';

export const help = {
  name: 'help',
  description: 'What aiecon can answer, with examples.',
  options: [],
  toText: () => 'help',
} satisfies Subcommand;
