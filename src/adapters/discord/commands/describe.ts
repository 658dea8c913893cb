// Slash descriptions reuse the engine's command summaries so help and Discord's picker never disagree.
import type { CommandSpec } from '../../../core/commands.js';
import { DISCORD_MAX_COMMAND_DESCRIPTION_CHARS } from '../limits.js';
import { clip } from '../render.js';

/** The summary of `name` from `specs`, clipped to Discord's description limit; `fallback` if absent. */
export function describeFrom(specs: readonly CommandSpec[], name: string, fallback: string): string {
  const spec = specs.find((s) => s.name === name);
  return clip(spec?.summary ?? fallback, DISCORD_MAX_COMMAND_DESCRIPTION_CHARS);
}
