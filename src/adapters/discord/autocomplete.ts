// Autocomplete for /aiecon options that name a model or a company (compare's `a` and `b`): what was typed so
// far → up to 25 names from the whole knowledge, data-set entities included.
import type { Interaction } from 'discord.js';
import type { Engine } from '../../core/types.js';
import { COMMAND_NAME, findSubcommand } from './commands/index.js';
import { reportFailure } from './failure.js';
import { DISCORD_MAX_AUTOCOMPLETE_CHOICES, DISCORD_MAX_CHOICE_CHARS } from './limits.js';
import { clip } from './render.js';

/** Discord's autocomplete choices for `typed`: names, each within the 100-character limit, at most 25. */
export function nameChoices(engine: Engine, typed: string): Array<{ name: string; value: string }> {
  const names = engine.completeNames?.(typed.slice(0, DISCORD_MAX_CHOICE_CHARS), DISCORD_MAX_AUTOCOMPLETE_CHOICES);
  return (names ?? []).map((n) => {
    const name = clip(n.name, DISCORD_MAX_CHOICE_CHARS);
    return { name, value: name };
  });
}

/** Answers an autocomplete interaction on an option marked `autocomplete: 'names'`; ignores others; never throws. */
export async function answerAutocomplete(interaction: Interaction, engine: () => Engine): Promise<void> {
  if (!interaction.isAutocomplete() || interaction.commandName !== COMMAND_NAME) return;
  try {
    const focused = interaction.options.getFocused(true);
    const option = findSubcommand(interaction.options.getSubcommand(false) ?? '')?.options.find(
      (o) => o.name === focused.name,
    );
    const choices = option?.autocomplete === 'names' ? nameChoices(engine(), String(focused.value)) : [];
    await interaction.respond(choices);
  } catch (err) {
    reportFailure(err, { where: 'interaction', channelId: interaction.channelId, detail: 'autocomplete' });
  }
}
