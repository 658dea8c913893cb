// Workspace-wide gaps: only a workspace admin or owner turns them on (users.info through the stand-in, real Bolt
// app, correctly signed requests, a real SQLite file); then a channel's digest counts the unanswered questions of
// every public channel of its workspace, naming no person and no channel, never a DM's or another workspace's.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApp, SLACK_EVENTS_PATH } from '../../src/adapters/slack/app.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { createEngine } from '../../src/core/engine.js';
import { createDigestComposer } from '../../src/digest/composer.js';
import { createGapsCommand, withoutNames } from '../../src/digest/gaps.js';
import { type Knowledge, loadKnowledge } from '../../src/knowledge/load.js';
import { setLogLevel } from '../../src/log.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import type { Store, Subscription } from '../../src/storage/store.js';
import { FORM, postSigned, slashCommandBody } from '../support/slack-requests.js';
import { type SlackStandin, start as startStandin } from '../support/slack-standin.js';

const SECRET = 'gaps-signing-secret';
let knowledge: Knowledge;
let store: Store;
let standin: SlackStandin;
let events: string;
let stop: () => Promise<void>;

beforeAll(async () => {
  setLogLevel('warn');
  knowledge = loadKnowledge('knowledge');
  store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'aiecon-gaps-')), 'aiecon.db'));
  const dispatcher = new Dispatcher(createEngine(knowledge));
  dispatcher.register(createGapsCommand({ store }));
  standin = await startStandin();
  const slack = createSlackApp({ botToken: 'xoxb-gaps', signingSecret: SECRET, apiUrl: standin.url, dispatcher });
  const { port } = await slack.start(0);
  events = `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`;
  stop = async () => {
    await slack.stop();
    await standin.close();
    await store.close();
  };
});
afterAll(async () => stop());

/** /aiecon <text> from `user`; resolves with the reply's header. */
async function slash(text: string, user: string): Promise<string> {
  standin.reset();
  await postSigned(events, {
    secret: SECRET,
    contentType: FORM,
    body: slashCommandBody({ text, user_id: user, channel_id: 'C0SUB', response_url: standin.responseUrl(user) }),
  });
  const [reply] = await standin.waitFor('response_url', 1);
  return reply!.body.blocks[0].text.text as string;
}

describe('turning workspace-wide gaps on', () => {
  it('GIVEN a member who is not an admin THEN the switch is refused and nothing is stored', async () => {
    standin.setUser('U0MEMBER', { name: 'member' });
    expect(await slash('gaps workspace on', 'U0MEMBER')).toBe('Only a workspace admin or owner can change this.');
    expect(await store.getSetting('gaps-workspace:slack:T0STANDIN')).toBeUndefined();
    expect(standin.callsTo('users.info').map((c) => c.body.user)).toEqual(['U0MEMBER']);
  });

  it('GIVEN a workspace admin THEN the switch is stored and `gaps` reports it', async () => {
    standin.setUser('U0ADMIN', { name: 'admin', is_admin: true });
    expect(await slash('gaps workspace on', 'U0ADMIN')).toBe('Workspace-wide gaps are on');
    expect(await store.getSetting('gaps-workspace:slack:T0STANDIN')).toBe('on');
    expect(await slash('gaps', 'U0MEMBER')).toBe('Gaps are workspace-wide');
  });

  it('GIVEN the owner turns it off THEN gaps are per channel again', async () => {
    standin.setUser('U0OWNER', { name: 'owner', is_owner: true });
    expect(await slash('gaps workspace off', 'U0OWNER')).toBe('Gaps are per channel again');
    expect(await store.getSetting('gaps-workspace:slack:T0STANDIN')).toBe('off');
  });
});

describe('workspace-wide gaps in a digest', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 5, 1, 10, minute));
  const sub: Subscription = {
    id: 'slack:C0SUB',
    platform: 'slack',
    channelId: 'C0SUB',
    schedule: { kind: 'daily', pattern: '0 9 * * *', timezone: 'UTC', label: 'daily 09:00' },
    options: { gaps: true, skipEmpty: false },
    createdAt: at(0),
    teamId: 'T0STANDIN',
  };

  beforeAll(async () => {
    const miss = (text: string, channelId: string, extra: object = {}) =>
      store.recordMiss({ text, platform: 'slack', channelId, teamId: 'T0STANDIN', at: at(5), ...extra });
    await miss('what did <@U0BOB> say Grok 3 cost in <#C0RANDOM|random>?', 'C0PUB');
    await miss('what did <@U0BOB> say Grok 3 cost in <#C0RANDOM|random>?', 'C0PUB2');
    await miss('my secret DM question about Falcon', 'D0DM', { private: true });
    await miss('a question from another workspace about Phi', 'C0OTHER', { teamId: 'T0OTHER' });
  });

  const gapLines = async (subscription = sub) => {
    const composer = await createDigestComposer(knowledge, store);
    const { reply } = await composer.compose(subscription, at(30));
    return reply.lines.join('\n');
  };

  it('GIVEN gaps per channel THEN the digest lists only its own channel’s questions', async () => {
    await store.putSetting('gaps-workspace:slack:T0STANDIN', 'off');
    expect(await gapLines()).not.toContain('Grok 3');
  });

  it('GIVEN an admin turned it on THEN public channels’ questions are counted with no person or channel named', async () => {
    await store.putSetting('gaps-workspace:slack:T0STANDIN', 'on');
    const text = await gapLines();
    expect(text).toContain("in the workspace's public channels");
    expect(text).toMatch(/Grok 3 cost.*asked 2×/);
    for (const name of ['U0BOB', 'C0RANDOM', 'random', 'C0PUB', 'secret DM', 'another workspace'])
      expect(text).not.toContain(name);
  });
});

describe('one workspace’s switch', () => {
  it('GIVEN workspace-wide gaps on in one workspace THEN a digest in another workspace stays per channel', async () => {
    await store.putSetting('gaps-workspace:slack:T0STANDIN', 'on');
    const composer = await createDigestComposer(knowledge, store);
    const other = {
      id: 'slack:C0ELSEWHERE',
      platform: 'slack' as const,
      channelId: 'C0ELSEWHERE',
      schedule: { kind: 'daily' as const, pattern: '0 9 * * *', timezone: 'UTC', label: 'daily 09:00' },
      options: { gaps: true, skipEmpty: false },
      createdAt: new Date(Date.UTC(2026, 5, 1, 10, 0)),
      teamId: 'T0OTHER',
    };
    const { reply } = await composer.compose(other, new Date(Date.UTC(2026, 5, 1, 10, 30)));
    expect(reply.lines.join('\n')).not.toContain('public channels');
    expect(reply.lines.join('\n')).not.toContain('Phi');
  });
});

describe('withoutNames', () => {
  it('GIVEN @handles, #channels and mention tokens THEN each becomes an ellipsis and the question stays readable', () => {
    expect(withoutNames('why did @alice in #finance ask about <@U123> and <#C1|ops>?')).toBe(
      'why did … in … ask about … and …?',
    );
    expect(withoutNames('what does GPT-4 cost per 1M tokens?')).toBe('what does GPT-4 cost per 1M tokens?');
  });
});
