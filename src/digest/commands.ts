// The `digest` sub-command: subscribe, list, preview, off. Every user-facing sentence of the command lives here.
import type { MessageContext, SubcommandHandler } from '../app/dispatcher.js';
import type { CommandSpec } from '../core/commands.js';
import { quoteSnippet } from '../core/safe-text.js';
import type { Reply } from '../core/types.js';
import { type Platform, type Store, type Subscription, subscriptionId } from '../storage/store.js';
import type { DigestComposer } from './composer.js';
import { type DigestError, parseDigestCommand } from './parse.js';
import { canonicalTimezone, formatInZone, nextRunAfter, parseSchedule } from './schedule.js';

/** Help text for the digest command, shown by the engine's help. */
export const DIGEST_SPEC: CommandSpec = {
  name: 'digest',
  usage:
    'daily HH:MM [TZ] | weekly DAY HH:MM [TZ] | cron "m h dom mon dow" [TZ] | list | preview | off  [--gaps] [--skip-empty]',
  summary:
    'A scheduled digest in this channel: what changed in the knowledge, one sourced figure or comparison, optionally unanswered questions.',
  examples: [
    'digest daily 09:00 Europe/Berlin',
    'digest weekly mon 09:00 America/New_York --gaps',
    'digest cron "0 9 * * 1-5" UTC --skip-empty',
    'digest list',
    'digest preview',
    'digest off',
  ],
};

const EXAMPLE = 'digest daily 09:00 Europe/Berlin';

/** Why each error happened and what to type instead. */
function errorText(
  error: DigestError | 'no-channel' | 'not-allowed' | 'bad-surface',
  detail?: string,
): { title: string; lines: string[] } {
  const d = detail ? ` (“${quoteSnippet(detail, 60)}”)` : '';
  switch (error) {
    case 'unknown-action':
      return {
        title: `I don’t know the digest option${d}.`,
        lines: ['Use daily, weekly, cron, list, preview or off.', `For example: ${EXAMPLE}`],
      };
    case 'unknown-flag':
      return {
        title: `Unknown option${d}.`,
        lines: [
          'The options are --gaps (list unanswered questions) and --skip-empty (post nothing when nothing is new).',
        ],
      };
    case 'extra-words':
      return {
        title: `I didn’t understand the end of that${d}.`,
        lines: [`For example: ${EXAMPLE}`, 'A timezone is one word such as Europe/Berlin, America/New_York or UTC.'],
      };
    case 'missing-schedule':
      return {
        title: 'Which schedule?',
        lines: [
          'Use daily HH:MM, weekly DAY HH:MM or cron "m h dom mon dow", then a timezone.',
          `For example: ${EXAMPLE}`,
        ],
      };
    case 'bad-time':
      return { title: `That isn’t a time I can use${d}.`, lines: ['Give a 24-hour time such as 09:00 or 17:30.'] };
    case 'bad-day':
      return {
        title: `That isn’t a day of the week${d}.`,
        lines: ['Use mon, tue, wed, thu, fri, sat or sun, e.g. digest weekly mon 09:00 UTC.'],
      };
    case 'bad-cron':
      return {
        title: 'That cron pattern doesn’t work.',
        lines: [
          detail ?? 'A cron pattern has five fields: minute hour day-of-month month day-of-week.',
          'For example: digest cron "0 9 * * 1-5" UTC',
        ],
      };
    case 'too-frequent':
      return {
        title: 'That schedule runs more than once an hour.',
        lines: ['Digests run at most hourly; try daily or weekly.'],
      };
    case 'never-runs':
      return {
        title: 'That cron pattern never runs.',
        lines: ['Check the day and month fields, e.g. digest cron "0 9 1 * *" UTC for the first of each month.'],
      };
    case 'unknown-timezone':
      return {
        title: `I don’t know the timezone${d}.`,
        lines: ['Use an IANA name such as Europe/Berlin, America/New_York, Asia/Tokyo or UTC.'],
      };
    case 'no-channel':
      return {
        title: 'Digests are posted into a channel.',
        lines: ['Run this command in the channel that should receive the digest.'],
      };
    case 'not-allowed':
      return {
        title: 'Only people who can manage this channel can change its digest.',
        lines: ['Ask someone with the Manage Channels permission.'],
      };
    case 'bad-surface':
      return { title: 'Digests can’t be set up from here.', lines: ['Use Slack, Discord or the terminal.'] };
  }
}

const reply = (kind: Reply['kind'], title: string, lines: string[], extra: Partial<Reply> = {}): Reply => ({
  kind,
  title,
  lines,
  fields: [],
  notes: [],
  sources: [],
  suggestions: [],
  ...extra,
});
const refuse = (...args: Parameters<typeof errorText>): Reply => {
  const t = errorText(...args);
  return reply('error', t.title, t.lines, { suggestions: ['digest help'] });
};

function describeOptions(sub: Subscription): string[] {
  const out: string[] = [];
  if (sub.options.gaps) out.push('Lists the questions I could not answer (--gaps).');
  if (sub.options.skipEmpty) out.push('Posts nothing when nothing is new (--skip-empty).');
  return out;
}

/** Dependencies of the digest command. */
export interface DigestCommandDeps {
  store: Store;
  composer: DigestComposer;
  clock?: () => Date;
}

/** Builds the handler the dispatcher routes `digest …` to. */
export function createDigestCommand(deps: DigestCommandDeps): SubcommandHandler {
  const clock = deps.clock ?? (() => new Date());

  const defaultTimezone = (ctx: MessageContext): { tz: string; note?: string } => {
    const own = ctx.surface === 'slack' && ctx.userTimezone ? canonicalTimezone(ctx.userTimezone) : undefined;
    if (own) return { tz: own, note: `Timezone: ${own}, yours in Slack. Add another at the end to change it.` };
    return { tz: 'UTC', note: 'No timezone given, so UTC. Add one at the end, e.g. Europe/Berlin.' };
  };

  return {
    spec: DIGEST_SPEC,
    async handle(args: string, ctx: MessageContext): Promise<Reply> {
      const parsed = parseDigestCommand(args);
      if (!parsed.ok) return refuse(parsed.error, parsed.detail);
      const cmd = parsed.value;
      if (cmd.action === 'help')
        return reply(
          'help',
          'digest — scheduled digests in this channel',
          [DIGEST_SPEC.summary, `Usage: digest ${DIGEST_SPEC.usage}`],
          { suggestions: DIGEST_SPEC.examples },
        );
      if (ctx.surface !== 'slack' && ctx.surface !== 'discord' && ctx.surface !== 'terminal')
        return refuse('bad-surface');
      if (!ctx.channelId) return refuse('no-channel');
      const platform: Platform = ctx.surface;
      const id = subscriptionId(platform, ctx.channelId);
      const existing = await deps.store.getSubscription(id);
      const now = clock();

      if (cmd.action === 'list') {
        if (!existing) return reply('notice', 'No digest in this channel.', [`Start one with: ${EXAMPLE}`]);
        const next = nextRunAfter(existing.schedule, now);
        const last = (await deps.store.getState(id)).lastSentAt;
        return reply(
          'notice',
          `Digest in this channel: ${existing.schedule.label} ${existing.schedule.timezone}`,
          [
            next ? `Next: ${formatInZone(next, existing.schedule.timezone)}.` : 'This schedule does not run again.',
            last ? `Last digest: ${formatInZone(last, existing.schedule.timezone)}.` : 'No digest posted yet.',
            `Set up ${existing.createdBy ? `by ${existing.createdBy} ` : ''}on ${formatInZone(existing.createdAt, existing.schedule.timezone)}.`,
            ...describeOptions(existing),
          ],
          { suggestions: ['digest preview', 'digest off'] },
        );
      }

      if (cmd.action === 'preview') {
        const sub: Subscription = existing
          ? { ...existing, options: { ...existing.options, gaps: existing.options.gaps || cmd.gaps } }
          : {
              id,
              platform,
              channelId: ctx.channelId,
              schedule: {
                kind: 'daily',
                pattern: '0 9 * * *',
                timezone: defaultTimezone(ctx).tz,
                label: 'daily 09:00',
              },
              options: { gaps: cmd.gaps, skipEmpty: false },
              createdAt: now,
            };
        const composed = await deps.composer.compose(sub, now);
        const notes = [
          existing
            ? 'Preview: nothing was posted or recorded.'
            : `Preview: this channel has no digest yet. Start one with: ${EXAMPLE}`,
        ];
        if (composed.empty && sub.options.skipEmpty)
          notes.push('Nothing is new, so with --skip-empty this digest would not be posted.');
        return { ...composed.reply, notes: [...composed.reply.notes, ...notes] };
      }

      // Changing a channel's digest needs the right to manage it where the platform says so (Discord).
      if (ctx.canManageChannel === false) return refuse('not-allowed');

      if (cmd.action === 'off') {
        if (!(await deps.store.removeSubscription(id)))
          return reply('notice', 'There was no digest in this channel.', [`Start one with: ${EXAMPLE}`]);
        return reply('notice', 'Digest turned off in this channel.', [
          `It was ${existing!.schedule.label} ${existing!.schedule.timezone}.`,
        ]);
      }

      const fallback = defaultTimezone(ctx);
      const schedule = parseSchedule(cmd.scheduleTokens, fallback.tz);
      if (!schedule.ok) return refuse(schedule.error, schedule.detail);
      const sub: Subscription = {
        id,
        platform,
        channelId: ctx.channelId,
        schedule: schedule.value.schedule,
        options: { gaps: cmd.gaps, skipEmpty: cmd.skipEmpty },
        createdBy: ctx.userId,
        createdAt: now,
        // Slack: the workspace whose token posts it (OAuth installs in many workspaces).
        ...(ctx.teamId && { teamId: ctx.teamId }),
        ...(ctx.enterpriseId && { enterpriseId: ctx.enterpriseId }),
      };
      await deps.store.upsertSubscription(sub);
      // The baseline: the first digest lists what changed after this moment.
      await deps.store.initState(id, deps.composer.baseline());
      const next = nextRunAfter(sub.schedule, now);
      const lines = [
        next ? `Next digest: ${formatInZone(next, sub.schedule.timezone)}.` : 'This schedule does not run again.',
      ];
      if (!schedule.value.timezoneGiven && fallback.note) lines.push(fallback.note);
      if (existing)
        lines.push(`This replaces the previous schedule (${existing.schedule.label} ${existing.schedule.timezone}).`);
      lines.push(...describeOptions(sub));
      return reply('notice', `Digest scheduled: ${sub.schedule.label} ${sub.schedule.timezone}`, lines, {
        suggestions: ['digest preview', 'digest list', 'digest off'],
      });
    },
  };
}
