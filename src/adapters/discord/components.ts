// Buttons under an answer: the reply's suggestions as buttons that ask them, and 👍/👎 when feedback is on.
// A suggestion button carries its question in its custom_id, so a click needs no lookup and survives a restart.
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import { stripMentions } from '../../core/safe-text.js';
import type { Reply } from '../../core/types.js';
import { feedbackRow, RATEABLE_KINDS } from './feedback.js';
import { DISCORD_MAX_BUTTON_LABEL_CHARS, DISCORD_MAX_BUTTONS_PER_ROW, DISCORD_MAX_CUSTOM_ID_CHARS } from './limits.js';
import { clip } from './render.js';

/** custom_id prefix of a suggestion button; the rest is the question it asks. */
export const ASK_PREFIX = 'aiecon_ask:';

/** One row of buttons. */
export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/** The suggestions that fit a custom_id, as buttons; undefined when none does. A longer one stays in the text's "Try". */
export function suggestionRow(reply: Reply): ButtonRow | undefined {
  const buttons: APIButtonComponent[] = [];
  for (const raw of reply.suggestions) {
    const question = stripMentions(raw).trim();
    const id = `${ASK_PREFIX}${question}`;
    if (
      !question ||
      id.length > DISCORD_MAX_CUSTOM_ID_CHARS ||
      buttons.some((b) => 'custom_id' in b && b.custom_id === id)
    )
      continue;
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: id,
      label: clip(question, DISCORD_MAX_BUTTON_LABEL_CHARS),
    });
    if (buttons.length === DISCORD_MAX_BUTTONS_PER_ROW) break;
  }
  return buttons.length ? { type: ComponentType.ActionRow, components: buttons } : undefined;
}

/** The rows under an answer: suggestions first, then 👍/👎 for replies people can rate when feedback is on. */
export function answerComponents(reply: Reply, feedback: boolean): ButtonRow[] {
  const rows: ButtonRow[] = [];
  const asks = suggestionRow(reply);
  if (asks) rows.push(asks);
  if (feedback && RATEABLE_KINDS.has(reply.kind)) rows.push(feedbackRow());
  return rows;
}
