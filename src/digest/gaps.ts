// Whether digests with --gaps count unanswered questions per channel (the default) or across every public channel
// of the workspace. Only a workspace admin or owner may switch it; the setting lives in the Store so every
// replica and restart agrees. Workspace-wide gaps show the question and how often it was asked, never who asked
// it or where.
import type { MessageContext, SubcommandHandler } from '../app/dispatcher.js';
import { GAPS_TEXT } from '../core/replies.js';
import type { Reply } from '../core/types.js';
import type { GapScope, Platform, Store, Subscription } from '../storage/store.js';

/** Store key of the switch, per workspace: one admin's choice never widens another workspace's digests. */
export const gapsSettingKey = (platform: Platform, teamId?: string) =>
  `gaps-workspace:${platform}${teamId ? `:${teamId}` : ''}`;

/** Whether workspace-wide gaps are on for `platform` (and workspace `teamId`, when known). */
export async function workspaceGapsOn(
  store: Pick<Store, 'getSetting'>,
  platform: Platform,
  teamId?: string,
): Promise<boolean> {
  return (await store.getSetting(gapsSettingKey(platform, teamId))) === 'on';
}

/** Whose unanswered questions a subscription's digest lists: its channel's, or every public channel's when on. */
export async function gapScopeFor(store: Pick<Store, 'getSetting'>, sub: Subscription): Promise<GapScope> {
  return (await workspaceGapsOn(store, sub.platform, sub.teamId))
    ? { platform: sub.platform, publicChannels: true, teamId: sub.teamId }
    : { platform: sub.platform, channelId: sub.channelId };
}

/** People and channels a question may name (@handles, #channels, platform mention tokens), for workspace-wide lists. */
const NAMES = /<[@#!][^>\s]*>|(?<![\p{L}\p{N}])[@#][\p{L}\p{N}._-]+/gu;

/** The question without names of people or channels: what a workspace-wide list may show. */
export function withoutNames(text: string): string {
  return text.replace(NAMES, '…').replace(/\s+/g, ' ').trim();
}

/** `workspace` in Slack's words, `server` in Discord's: both name the scope being switched. */
const SCOPE_WORDS = new Set(['workspace', 'server']);

const notice = (title: string, lines: string[], kind: Reply['kind'] = 'notice'): Reply => ({
  kind,
  title,
  lines,
  fields: [],
  notes: [],
  sources: [],
  suggestions: [],
});

/** The `gaps` sub-command: `gaps` tells the current scope, `gaps workspace on|off` (admins only) switches it. */
export function createGapsCommand(deps: { store: Pick<Store, 'getSetting' | 'putSetting'> }): SubcommandHandler {
  const { store } = deps;
  return {
    spec: {
      name: 'gaps',
      usage: '[workspace on | workspace off]',
      summary:
        'whether digests with --gaps list unanswered questions of their own channel (default) or of every public channel (counts only; admins switch it).',
      examples: ['gaps', 'gaps workspace on'],
    },
    async handle(args: string, ctx: MessageContext): Promise<Reply> {
      const platform = ctx.surface === 'slack' || ctx.surface === 'discord' ? ctx.surface : undefined;
      if (!platform) return notice(GAPS_TEXT.badSurface, [], 'error');
      const words = args.trim().toLowerCase().split(/\s+/).filter(Boolean);
      if (!words.length) {
        const on = await workspaceGapsOn(store, platform, ctx.teamId);
        return notice(on ? GAPS_TEXT.workspaceTitle : GAPS_TEXT.channelTitle, [
          on ? GAPS_TEXT.workspaceLine : GAPS_TEXT.channelLine,
          GAPS_TEXT.howToSwitch(platform),
        ]);
      }
      if (words.length !== 2 || !SCOPE_WORDS.has(words[0]!) || (words[1] !== 'on' && words[1] !== 'off'))
        return notice(GAPS_TEXT.usageTitle, [GAPS_TEXT.howToSwitch(platform)], 'error');
      // Unknown (not looked up, or the lookup failed) counts as no: the switch widens what every channel sees.
      if (ctx.isWorkspaceAdmin !== true)
        return notice(GAPS_TEXT.adminsOnly(platform), [GAPS_TEXT.adminsOnlyLine(platform)], 'error');
      const on = words[1] === 'on';
      await store.putSetting(gapsSettingKey(platform, ctx.teamId), on ? 'on' : 'off');
      return notice(on ? GAPS_TEXT.turnedOn : GAPS_TEXT.turnedOff, [
        on ? GAPS_TEXT.workspaceLine : GAPS_TEXT.channelLine,
      ]);
    },
  };
}
