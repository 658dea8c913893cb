// 👍/👎 on Discord answers: buttons under each answer to a mention or DM. A click finds the question through
// the conversation stored under the answer's message id; a 👎 gets an asker-only "what was wrong?" with
// reason buttons that carry the stored vote's id.
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  ButtonStyle,
  ComponentType,
  type Interaction,
  MessageFlags,
} from 'discord.js';
import type { Dispatcher } from '../../app/dispatcher.js';
import { FEEDBACK_REASONS, FEEDBACK_TEXT } from '../../core/replies.js';
import type { ReplyKind } from '../../core/types.js';
import type { FeedbackService } from '../../feedback/index.js';
import { isPrivateChannel } from './audience.js';
import { reportFailure } from './failure.js';
import { messageConversation } from './mention.js';

/** custom_id prefix of the 👍/👎 buttons (`aiecon_fb:up`, `aiecon_fb:down`). */
export const FEEDBACK_PREFIX = 'aiecon_fb:';
/** custom_id prefix of the reason buttons (`aiecon_fbr:<vote id>:<reason>`); ids stay far under Discord's 100 characters. */
export const REASON_PREFIX = 'aiecon_fbr:';
/** Replies people can rate: everything that tried to answer a question. */
export const RATEABLE_KINDS: ReadonlySet<ReplyKind> = new Set([
  'answer',
  'comparison',
  'calculation',
  'clarify',
  'unknown',
]);

type Row = APIActionRowComponent<APIButtonComponent>;

/** The 👍/👎 row under an answer. */
export function feedbackRow(): Row {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: `${FEEDBACK_PREFIX}up`,
        label: FEEDBACK_TEXT.up,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: `${FEEDBACK_PREFIX}down`,
        label: FEEDBACK_TEXT.down,
      },
    ],
  };
}

function reasonRow(voteId: number): Row {
  return {
    type: ComponentType.ActionRow,
    components: FEEDBACK_REASONS.map((r) => ({
      type: ComponentType.Button as const,
      style: ButtonStyle.Secondary as const,
      custom_id: `${REASON_PREFIX}${voteId}:${r.id}`,
      label: r.label,
    })),
  };
}

/** Handles a click on a feedback or reason button; ignores other interactions; never throws. */
export async function answerFeedbackButton(
  interaction: Interaction,
  dispatcher: Pick<Dispatcher, 'lastQuestion'>,
  feedback: FeedbackService,
): Promise<void> {
  if (!interaction.isButton()) return;
  const id = interaction.customId;
  try {
    if (id.startsWith(FEEDBACK_PREFIX)) {
      const vote = id === `${FEEDBACK_PREFIX}up` ? 1 : -1;
      const question = await dispatcher.lastQuestion(
        messageConversation(interaction.channelId, interaction.message.id),
      );
      const voteId =
        question === undefined
          ? undefined
          : await feedback.vote(question, vote, {
              surface: 'discord',
              channelId: interaction.channelId,
              userId: interaction.user.id,
              private: isPrivateChannel(interaction.channel) || undefined,
            });
      if (voteId === undefined)
        return void (await interaction.reply({ content: FEEDBACK_TEXT.expired, flags: MessageFlags.Ephemeral }));
      if (vote === 1)
        return void (await interaction.reply({ content: FEEDBACK_TEXT.thanks, flags: MessageFlags.Ephemeral }));
      await interaction.reply({
        content: FEEDBACK_TEXT.askReason,
        components: [reasonRow(voteId)],
        flags: MessageFlags.Ephemeral,
      });
    } else if (id.startsWith(REASON_PREFIX)) {
      const [voteId, reason] = id.slice(REASON_PREFIX.length).split(':');
      if (!(await feedback.reason(Number(voteId), reason ?? ''))) return void (await interaction.deferUpdate());
      const label = FEEDBACK_REASONS.find((r) => r.id === reason)?.label ?? reason!;
      await interaction.update({ content: FEEDBACK_TEXT.reasonNoted(label), components: [] });
    }
  } catch (err) {
    reportFailure(err, { where: 'interaction', channelId: interaction.channelId, detail: 'feedback button' });
  }
}
