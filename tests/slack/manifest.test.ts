import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLACK_EVENTS_PATH, SLASH_COMMAND } from '../../src/adapters/slack/app.js';

const manifest = JSON.parse(readFileSync(new URL('../../slack/manifest.json', import.meta.url), 'utf8'));

describe('slack/manifest.json', () => {
  it('GIVEN the manifest THEN it declares the slash command the app listens for', () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([SLASH_COMMAND]);
  });

  it('GIVEN the manifest THEN it subscribes to mentions, DMs and the thread messages follow-ups need', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(['app_mention', 'message.im', 'message.channels', 'message.groups']),
    );
  });

  it('GIVEN the manifest THEN every Web API call the adapter and digest make is covered by a bot scope', () => {
    // chat.postMessage → chat:write; files.uploadV2 (charts) → files:write; users.info → users:read; conversations.history → *:history; /aiecon → commands.
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining([
        'chat:write',
        'commands',
        'files:write',
        'users:read',
        'app_mentions:read',
        'channels:history',
        'groups:history',
        'im:history',
      ]),
    );
  });

  it('GIVEN the manifest THEN interactivity (the share button) is on, the DM tab accepts messages, and every request URL ends in the events path', () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
    for (const url of [
      manifest.settings.interactivity.request_url,
      manifest.settings.event_subscriptions.request_url,
      manifest.features.slash_commands[0].url,
    ]) {
      expect(new URL(url).pathname).toBe(SLACK_EVENTS_PATH);
    }
    expect(typeof manifest.settings.socket_mode_enabled).toBe('boolean');
  });
});
