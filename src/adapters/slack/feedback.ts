// 👍/👎 on Slack answers: the feedback buttons carry the question; a 👎 is followed by an asker-only message
// with reason buttons, which carry the stored vote's id.
import type { App } from '@slack/bolt';
import { FEEDBACK_REASONS, FEEDBACK_TEXT } from '../../core/replies.js';
import type { FeedbackService } from '../../feedback/index.js';
import { log } from '../../log.js';
import type { ChannelPrivacy } from './channel-privacy.js';
import { FEEDBACK_ACTION_ID, FEEDBACK_REASON_ACTION_PREFIX, renderFeedbackReasons } from './render.js';
import { postToResponseUrl } from './response-url.js';

export type { FeedbackService };

/** Registers the listeners for the feedback buttons and the reason buttons. */
export function registerFeedback(app: App, feedback: FeedbackService, privacy: ChannelPrivacy): void {
  app.action(FEEDBACK_ACTION_ID, async ({ ack, body, action, client }) => {
    await ack();
    const value = 'value' in action && typeof action.value === 'string' ? action.value : '';
    const m = /^(up|down):([\s\S]+)$/.exec(value);
    if (!m) return;
    const channelId = body.channel?.id;
    const id = await feedback.vote(m[2]!, m[1] === 'up' ? 1 : -1, {
      surface: 'slack',
      channelId,
      userId: body.user.id,
      private: (await privacy.isPrivate(client, channelId)) || undefined,
    });
    const responseUrl = 'response_url' in body ? body.response_url : undefined;
    if (id === undefined || m[1] === 'up' || !responseUrl) return;
    await postToResponseUrl(responseUrl, {
      response_type: 'ephemeral',
      replace_original: false,
      ...renderFeedbackReasons(id),
    });
  });

  app.action(new RegExp(`^${FEEDBACK_REASON_ACTION_PREFIX}`), async ({ ack, body, action }) => {
    await ack();
    const value = 'value' in action && typeof action.value === 'string' ? action.value : '';
    const m = /^(\d+):([a-z_]+)$/.exec(value);
    if (!m || !(await feedback.reason(Number(m[1]), m[2]!))) return;
    const label = FEEDBACK_REASONS.find((r) => r.id === m[2])?.label ?? m[2]!;
    const responseUrl = 'response_url' in body ? body.response_url : undefined;
    if (!responseUrl) return;
    await postToResponseUrl(responseUrl, { replace_original: true, text: FEEDBACK_TEXT.reasonNoted(label) }).catch(
      (err: unknown) => log.debug('slack could not replace the reason prompt', { err }),
    );
  });
}
