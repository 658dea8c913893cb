// The App Home tab: what the bot can do, with example questions as buttons (answered in the user's DM with the
// app), and the digests subscribed in the channels the user is in. Published with views.publish each time the
// user opens the tab, so it always shows the current subscriptions.
import type { App, types, webApi } from '@slack/bolt';
import type { CommandSpec } from '../../core/commands.js';
import { HOME_TEXT } from '../../core/replies.js';
import { log } from '../../log.js';
import type { Subscription } from '../../storage/store.js';
import { SLACK_MAX_BUTTON_TEXT, SLACK_MAX_BUTTON_VALUE, SLACK_MAX_SECTION_TEXT } from './limits.js';
import { ASK_ACTION_PREFIX, truncate } from './render.js';

type KnownBlock = types.KnownBlock;

/** Blocks in a Home tab view. https://docs.slack.dev/reference/views/home-tab-views */
export const SLACK_MAX_HOME_BLOCKS = 100;
/** Digests listed before "…and N more": a channel list longer than this is noise on a home page. */
export const MAX_HOME_DIGESTS = 20;
/** Channels of the user looked through (users.conversations pages of 200); enough for nearly everyone. */
const MAX_USER_CHANNELS = 1_000;
/** Commands whose examples are questions worth a button; `digest` and `help` examples need a channel or say nothing. */
const CLICKABLE_COMMANDS = new Set(['ask', 'compare', 'calc']);

/** A digest as the home tab lists it. */
export interface HomeDigest {
  channelId: string;
  schedule: string;
  gaps: boolean;
}

/** What the home tab shows; `digests` undefined when the user's channels could not be looked up. */
export interface HomeContent {
  commands: CommandSpec[];
  digests?: HomeDigest[];
}

const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text });
/** Channel ids become Slack channel links; anything else is dropped so no text can inject a ping. */
const channelLink = (id: string) => (/^[CG][A-Z0-9]{2,}$/.test(id) ? `<#${id}>` : 'a channel');

/** The home view: pure, so tests compare whole payloads. */
export function renderHome(content: HomeContent): types.HomeView {
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(HOME_TEXT.title, 150) } },
    { type: 'section', text: mrkdwn(HOME_TEXT.intro) },
  ];
  for (const spec of content.commands) {
    blocks.push({
      type: 'section',
      text: mrkdwn(truncate(`*${spec.name}* — ${spec.summary}`, SLACK_MAX_SECTION_TEXT)),
    });
    const examples = spec.examples.filter(Boolean).slice(0, 5);
    if (CLICKABLE_COMMANDS.has(spec.name) && examples.length)
      blocks.push({
        type: 'actions',
        elements: examples.map((q, i) => ({
          type: 'button' as const,
          action_id: `${ASK_ACTION_PREFIX}home_${spec.name}_${i}`,
          text: { type: 'plain_text' as const, text: truncate(q, SLACK_MAX_BUTTON_TEXT) },
          value: q.slice(0, SLACK_MAX_BUTTON_VALUE),
        })),
      });
    else if (examples.length)
      blocks.push({ type: 'context', elements: [mrkdwn(examples.map((e) => `\`/aiecon ${e}\``).join('  ·  '))] });
  }
  blocks.push({ type: 'context', elements: [mrkdwn(HOME_TEXT.examplesNote)] }, { type: 'divider' });
  blocks.push({ type: 'header', text: { type: 'plain_text', text: HOME_TEXT.digestsTitle } });
  const digests = content.digests;
  const lines = !digests
    ? [HOME_TEXT.digestsUnavailable]
    : !digests.length
      ? [HOME_TEXT.noDigests]
      : [
          ...digests
            .slice(0, MAX_HOME_DIGESTS)
            .map((d) => HOME_TEXT.digestLine(channelLink(d.channelId), d.schedule, d.gaps)),
          ...(digests.length > MAX_HOME_DIGESTS ? [HOME_TEXT.moreDigests(digests.length - MAX_HOME_DIGESTS)] : []),
        ];
  blocks.push({ type: 'section', text: mrkdwn(truncate(lines.join('\n'), SLACK_MAX_SECTION_TEXT)) });
  blocks.push({ type: 'context', elements: [mrkdwn(HOME_TEXT.footer)] });
  return { type: 'home', blocks: blocks.slice(0, SLACK_MAX_HOME_BLOCKS) };
}

/** Where the home tab reads its content. */
export interface HomeSources {
  commands: () => CommandSpec[];
  /** Every subscription; the tab keeps the Slack ones in the user's channels. */
  subscriptions: () => Promise<Subscription[]>;
}

/** The channels `user` is a member of, through users.conversations (channels:read, groups:read), with the client of
 * the user's workspace. */
async function userChannels(client: webApi.WebClient, user: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await client.users.conversations({
      user,
      types: 'public_channel,private_channel',
      exclude_archived: true,
      limit: 200,
      cursor,
    });
    for (const c of page.channels ?? []) if (c.id) ids.add(c.id);
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor && ids.size < MAX_USER_CHANNELS);
  return ids;
}

/** Publishes the home view whenever a user opens the Home tab. */
export function registerHome(app: App, sources: HomeSources): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    let digests: HomeDigest[] | undefined;
    try {
      const [mine, subs] = await Promise.all([userChannels(client, event.user), sources.subscriptions()]);
      digests = subs
        .filter((s) => s.platform === 'slack' && mine.has(s.channelId))
        .map((s) => ({
          channelId: s.channelId,
          schedule: `${s.schedule.label} ${s.schedule.timezone}`,
          gaps: s.options.gaps,
        }));
    } catch (err) {
      log.warn('slack home: channels or digests not available', { err, user: event.user });
    }
    await client.views.publish({ user_id: event.user, view: renderHome({ commands: sources.commands(), digests }) });
  });
}
