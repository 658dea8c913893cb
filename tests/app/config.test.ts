import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('GIVEN no chat variables THEN runs in terminal mode with defaults', () => {
    const c = loadConfig({});
    expect(c.slack).toBeUndefined();
    expect(c.discord).toBe(false);
    expect(c.PORT).toBe(3000);
  });

  it('GIVEN empty strings THEN treats them as unset', () => {
    const c = loadConfig({ SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '  ', PORT: '' });
    expect(c.slack).toBeUndefined();
    expect(c.discord).toBe(false);
  });

  it('GIVEN a bot token without a signing secret or app token THEN names the missing variable', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrowError(/SLACK_SIGNING_SECRET: required/);
  });

  it('GIVEN several bad variables THEN one error names every one', () => {
    try {
      loadConfig({ DISCORD_TOKEN: 'x', PORT: 'eighty', SLACK_APP_TOKEN: 'nope' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const msg = (err as Error).message;
      for (const v of ['DISCORD_APPLICATION_ID', 'PORT', 'SLACK_APP_TOKEN', 'SLACK_BOT_TOKEN'])
        expect(msg).toContain(v);
    }
  });

  it('GIVEN a signing secret THEN Slack runs over HTTP; GIVEN an app token THEN over Socket Mode', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).slack).toEqual({
      mode: 'http',
      auth: 'token',
    });
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack).toEqual({
      mode: 'socket',
      auth: 'token',
    });
  });

  const OAUTH = {
    SLACK_CLIENT_ID: '1.2',
    SLACK_CLIENT_SECRET: 'client-secret',
    SLACK_STATE_SECRET: 'a-state-secret-of-32-characters!',
    SLACK_SIGNING_SECRET: 's',
  };

  it('GIVEN client id, client secret, state secret and signing secret THEN Slack runs OAuth over HTTP', () => {
    expect(loadConfig(OAUTH).slack).toEqual({ mode: 'http', auth: 'oauth' });
  });

  it('GIVEN only part of the OAuth variables THEN names each missing one', () => {
    expect(() => loadConfig({ SLACK_CLIENT_ID: '1.2' })).toThrowError(
      /SLACK_CLIENT_SECRET: required[\s\S]*SLACK_STATE_SECRET: required[\s\S]*SLACK_SIGNING_SECRET: required/,
    );
  });

  it('GIVEN OAuth next to a bot token, an app token or a short state secret THEN says what to change', () => {
    expect(() => loadConfig({ ...OAUTH, SLACK_BOT_TOKEN: 'xoxb-1' })).toThrowError(/SLACK_BOT_TOKEN: leave it unset/);
    expect(() => loadConfig({ ...OAUTH, SLACK_APP_TOKEN: 'xapp-1' })).toThrowError(/SLACK_APP_TOKEN: OAuth/);
    expect(() => loadConfig({ ...OAUTH, SLACK_STATE_SECRET: 'short' })).toThrowError(/SLACK_STATE_SECRET: must be/);
  });

  it('GIVEN a bad OAuth configuration THEN the error never repeats a secret', () => {
    try {
      loadConfig({ ...OAUTH, SLACK_BOT_TOKEN: 'xoxb-secret-value', SLACK_STATE_SECRET: 'tiny-secret' });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).not.toMatch(/xoxb-secret-value|tiny-secret|client-secret/);
    }
  });
});

describe('.env', () => {
  it('GIVEN a .env file THEN its variables are loaded and ones already set in the environment win', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { loadDotEnv } = await import('../../src/config.js');
    const file = join(mkdtempSync(join(tmpdir(), 'aiecon-env-')), '.env');
    writeFileSync(file, 'AIECON_TEST_FROM_FILE=from-file\nAIECON_TEST_PRESET=from-file\n');
    process.env.AIECON_TEST_PRESET = 'preset';
    try {
      expect(loadDotEnv(file)).toBe(true);
      expect(process.env.AIECON_TEST_FROM_FILE).toBe('from-file');
      expect(process.env.AIECON_TEST_PRESET).toBe('preset');
      expect(loadDotEnv(join(file, 'missing'))).toBe(false);
    } finally {
      delete process.env.AIECON_TEST_FROM_FILE;
      delete process.env.AIECON_TEST_PRESET;
    }
  });
});
