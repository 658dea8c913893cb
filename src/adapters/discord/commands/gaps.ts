// /aiecon gaps [workspace:on|off] — whether --gaps digests list this channel's unanswered questions or the whole
// server's public channels'; switching needs Manage Server (the gaps command checks it).
import type { Subcommand } from './command.js';

export const gaps = {
  name: 'gaps',
  description: 'Unanswered questions in digests: per channel, or server-wide (Manage Server switches it).',
  options: [
    {
      name: 'workspace',
      description: 'on: every public channel of this server; off: each channel its own',
      required: false,
      choices: ['on', 'off'],
    },
  ],
  toText: (v) => (v.workspace ? `gaps workspace ${v.workspace}` : 'gaps'),
} satisfies Subcommand;
