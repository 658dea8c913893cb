// /aiecon compare a:… b:… — becomes the engine's own "compare <a> vs <b>" form.
import { ENGINE_COMMANDS } from '../../../core/commands.js';
import type { Subcommand } from './command.js';
import { describeFrom } from './describe.js';

export const compare = {
  name: 'compare',
  description: describeFrom(ENGINE_COMMANDS, 'compare', 'Compare two figures side by side.'),
  options: [
    { name: 'a', description: 'First thing, e.g. deepseek v3', required: true, maxLength: 200, autocomplete: 'names' },
    { name: 'b', description: 'Second thing, e.g. gpt-4', required: true, maxLength: 200, autocomplete: 'names' },
  ],
  toText: (v) => `compare ${v.a ?? ''} vs ${v.b ?? ''}`,
} satisfies Subcommand;
