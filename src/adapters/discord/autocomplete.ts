// Autocomplete for /aiecon options: `names` options (compare's `a` and `b`) offer model and company names from the
// whole knowledge, data-set entities included; `question` options (ask's `question`) offer the question typed so
// far with the name being typed at its end completed ("what did deeps" → "what did DeepSeek V3"). Discord still
// sends whatever was typed when no choice is picked, so a free question is never forced into a name.
import type { Interaction } from 'discord.js';
import { ENGINE_COMMANDS } from '../../core/commands.js';
import type { Engine } from '../../core/types.js';
import { COMMAND_NAME, findSubcommand } from './commands/index.js';
import { reportFailure } from './failure.js';
import { DISCORD_MAX_AUTOCOMPLETE_CHOICES, DISCORD_MAX_CHOICE_CHARS } from './limits.js';
import { clip } from './render.js';

type Choice = { name: string; value: string };

/** Longest name tail tried at a question's end: "gpt 4o mini" is three words. */
const MAX_NAME_WORDS = 3;

/** Discord's autocomplete choices for `typed`: names, each within the 100-character limit, at most 25. */
export function nameChoices(engine: Engine, typed: string): Choice[] {
  const names = engine.completeNames?.(typed.slice(0, DISCORD_MAX_CHOICE_CHARS), DISCORD_MAX_AUTOCOMPLETE_CHOICES);
  return (names ?? []).map((n) => {
    const name = clip(n.name, DISCORD_MAX_CHOICE_CHARS);
    return { name, value: name };
  });
}

/**
 * Choices for a free-text question: nothing typed → example questions; otherwise the text as typed first (so
 * picking the top choice changes nothing), then the text with its last one to three words completed to a known
 * name, the longest tail that names something winning. A choice cannot exceed 100 characters, so a longer question
 * gets none and Discord sends it as typed.
 */
export function questionChoices(engine: Engine, typed: string): Choice[] {
  const text = typed.replace(/\s+/g, ' ').trimStart();
  if (!text.trim())
    return (ENGINE_COMMANDS.find((c) => c.name === 'ask')?.examples ?? []).map((q) => ({ name: q, value: q }));
  if (text.length > DISCORD_MAX_CHOICE_CHARS) return [];
  const choices: Choice[] = [{ name: text.trimEnd(), value: text.trimEnd() }];
  const words = text.split(' ');
  // A trailing space means the last word is finished: nothing is being typed, so nothing is completed.
  if (words.at(-1) === '') return choices;
  for (let n = Math.min(MAX_NAME_WORDS, words.length); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    if (tail.replace(/[^\p{L}\p{N}]/gu, '').length < 2) continue;
    const names = engine.completeNames?.(tail, DISCORD_MAX_AUTOCOMPLETE_CHOICES) ?? [];
    if (!names.length) continue;
    const head = words.slice(0, -n).join(' ');
    const seen = new Set([text.trimEnd().toLowerCase()]);
    for (const { name } of names) {
      const question = head ? `${head} ${name}` : name;
      if (question.length > DISCORD_MAX_CHOICE_CHARS || seen.has(question.toLowerCase())) continue;
      seen.add(question.toLowerCase());
      choices.push({ name: question, value: question });
    }
    break;
  }
  return choices.slice(0, DISCORD_MAX_AUTOCOMPLETE_CHOICES);
}

/** Answers an autocomplete interaction on an option marked `autocomplete`; ignores others; never throws. */
export async function answerAutocomplete(interaction: Interaction, engine: () => Engine): Promise<void> {
  if (!interaction.isAutocomplete() || interaction.commandName !== COMMAND_NAME) return;
  try {
    const focused = interaction.options.getFocused(true);
    const option = findSubcommand(interaction.options.getSubcommand(false) ?? '')?.options.find(
      (o) => o.name === focused.name,
    );
    const typed = String(focused.value);
    const choices =
      option?.autocomplete === 'names'
        ? nameChoices(engine(), typed)
        : option?.autocomplete === 'question'
          ? questionChoices(engine(), typed)
          : [];
    await interaction.respond(choices);
  } catch (err) {
    reportFailure(err, { where: 'interaction', channelId: interaction.channelId, detail: 'autocomplete' });
  }
}
