// /aiecon digest schedule:… — handed to the digest module as "digest <text>"; it parses and answers.
// Discord does not tell us the asker's timezone, so the example names one.
import type { Subcommand } from './command.js';

export const digest = {
  name: 'digest',
  description: 'Set up this channel’s scheduled digest (needs Manage Channels).',
  options: [{ name: 'schedule', description: 'e.g. weekly mon 09:00 Europe/Berlin', required: true, maxLength: 200 }],
  toText: (v) => `digest ${v.schedule ?? ''}`,
} satisfies Subcommand;
