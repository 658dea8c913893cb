// Slack in many workspaces: Bolt's InstallationStore kept in our Store, the bot token each workspace's digests
// post with, and the uninstall events that forget a workspace. Bolt's InstallProvider runs the OAuth flow itself
// (state cookie, oauth.v2.access, auth.test) and calls storeInstallation/fetchInstallation here.
import { readFileSync } from 'node:fs';
import type { App, Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { log } from '../../log.js';
import type { SlackWorkspace, Store } from '../../storage/store.js';

/** The Store methods installations need. */
export type InstallationRecords = Pick<Store, 'putInstallation' | 'getInstallation' | 'removeInstallation'>;

/** The manifest the app is created from; its bot scopes are what the install asks for. */
const MANIFEST_URL = new URL('../../../slack/manifest.json', import.meta.url);

/** Bot scopes from slack/manifest.json, so the install link asks for exactly what the manifest declares. */
export function manifestBotScopes(url: URL = MANIFEST_URL): string[] {
  const manifest = JSON.parse(readFileSync(url, 'utf8')) as { oauth_config?: { scopes?: { bot?: unknown } } };
  const scopes = manifest.oauth_config?.scopes?.bot;
  if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string') || scopes.length === 0)
    throw new Error(`${url.pathname}: oauth_config.scopes.bot must list the bot scopes`);
  return scopes;
}

/** The workspace an installation belongs to: its org for an org-wide install, else its team. */
function workspaceOf(installation: Installation): SlackWorkspace {
  return {
    teamId: installation.team?.id,
    enterpriseId: installation.enterprise?.id,
    isEnterpriseInstall: installation.isEnterpriseInstall === true,
  };
}

/** Bolt's InstallationStore over the Store: one row per workspace (or org-wide install), replaced on reinstall. */
export function createInstallationStore(records: InstallationRecords, clock = () => new Date()): InstallationStore {
  return {
    async storeInstallation(installation) {
      const workspace = workspaceOf(installation);
      if (!workspace.teamId && !(workspace.isEnterpriseInstall && workspace.enterpriseId))
        throw new Error('installation names neither a team nor an org-wide install');
      await records.putInstallation({ ...workspace, json: JSON.stringify(installation), installedAt: clock() });
      // Ids only: the installation itself carries the bot token.
      log.info('slack app installed', { team: workspace.teamId, enterprise: workspace.enterpriseId });
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const record = await records.getInstallation(query);
      if (!record)
        throw new Error(`no installation for team ${query.teamId ?? '-'} / org ${query.enterpriseId ?? '-'}`);
      return JSON.parse(record.json) as Installation;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await records.removeInstallation(query);
    },
  };
}

/**
 * The bot token for a workspace's digests: its own installation, else its org's org-wide one. Undefined when the
 * workspace has none (uninstalled, or a subscription from single-token days that names no workspace).
 */
export async function installedBotToken(
  records: Pick<Store, 'getInstallation'>,
  workspace: { teamId?: string; enterpriseId?: string },
): Promise<string | undefined> {
  const own = workspace.teamId
    ? await records.getInstallation({ ...workspace, isEnterpriseInstall: false })
    : undefined;
  const record =
    own ??
    (workspace.enterpriseId
      ? await records.getInstallation({ enterpriseId: workspace.enterpriseId, isEnterpriseInstall: true })
      : undefined);
  if (!record) return undefined;
  return (JSON.parse(record.json) as Partial<Installation>).bot?.token;
}

/** What Slack's uninstall events say about where they come from (Bolt skips authorize for them). */
interface WorkspaceContext {
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall?: boolean;
}

/**
 * `app_uninstalled` and a `tokens_revoked` that names the bot: the workspace's installation and its digest
 * subscriptions go, so nothing posts with a dead token. https://docs.slack.dev/reference/events/app_uninstalled
 */
export function registerUninstall(app: App, records: InstallationRecords): void {
  const forget = async (context: WorkspaceContext, why: string) => {
    const workspace: SlackWorkspace = {
      teamId: context.teamId,
      enterpriseId: context.enterpriseId,
      isEnterpriseInstall: context.isEnterpriseInstall === true,
    };
    const removed = await records.removeInstallation(workspace);
    log.info('slack workspace forgotten', {
      why,
      team: workspace.teamId,
      enterprise: workspace.enterpriseId,
      ...removed,
    });
  };
  app.event('app_uninstalled', ({ context }) => forget(context, 'app_uninstalled'));
  app.event('tokens_revoked', async ({ event, context }) => {
    // Only the bot token matters: the app asks for no user scopes, so revoked user tokens were never stored.
    if ((event.tokens.bot ?? []).length > 0) await forget(context, 'tokens_revoked');
  });
}
