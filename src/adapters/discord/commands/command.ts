// The shape every /aiecon sub-command module has, checked by zod when the command list is built so a
// bad name or an over-long description fails at start-up, not as a 400 from Discord at deploy time.
import { z } from 'zod';
import { DISCORD_MAX_COMMAND_DESCRIPTION_CHARS } from '../limits.js';

/** Discord's rule for command and option names. https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming */
const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

const name = z
  .string()
  .regex(NAME)
  .refine((n) => n === n.toLowerCase(), 'must be lower case');

const optionSchema = z.object({
  name,
  description: z.string().min(1).max(DISCORD_MAX_COMMAND_DESCRIPTION_CHARS),
  required: z.boolean(),
  maxLength: z.number().int().min(1).max(6_000).optional(),
  /** `names`: Discord offers model and company names from the knowledge as the user types; `question`: the
   * question typed so far with the name at its end completed. */
  autocomplete: z.enum(['names', 'question']).optional(),
  /** The only values Discord lets the user pick (at most 25; not with autocomplete). */
  choices: z.array(z.string().min(1).max(100)).min(1).max(25).optional(),
});

/** A sub-command: its string options, and how their values become the text the dispatcher reads. */
export const subcommandSchema = z.object({
  name,
  description: z.string().min(1).max(DISCORD_MAX_COMMAND_DESCRIPTION_CHARS),
  options: z.array(optionSchema).max(24), // 25 options per command, one taken by `private`
  toText: z.custom<(values: Readonly<Record<string, string>>) => string>(
    (v) => typeof v === 'function',
    'must be a function',
  ),
});

/** One /aiecon sub-command module. */
export type Subcommand = z.infer<typeof subcommandSchema>;
