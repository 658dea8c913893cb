import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const mention = (text: string) => h.standIn.dispatchMessage({ content: `<@${h.standIn.ids.bot}> ${text}` });
const replyTo = (messageId: string) =>
  h.standIn.waitFor(
    () => h.standIn.messages.find((m) => m.body.message_reference?.message_id === messageId),
    `a reply to ${messageId}`,
  );
const logged = (msg: string) => h.standIn.waitFor(() => h.logs().find((l) => l.msg === msg), `log "${msg}"`);

describe('Discord adapter under bad input and failing REST', () => {
  it('GIVEN malformed gateway frames (not JSON, MESSAGE_CREATE with null data, unknown opcode) THEN logs, stays up and answers the next mention', async () => {
    h.standIn.dispatchRaw('{this is not json');
    h.standIn.dispatchRaw({ op: 0, t: 'MESSAGE_CREATE', s: 1000, d: null });
    h.standIn.dispatchRaw({ op: 0, t: 'INTERACTION_CREATE', s: 1001, d: { type: 2 } });
    h.standIn.dispatchRaw({ op: 99, d: 'mystery' });
    const entry = await logged('discord gateway failed');
    expect(entry.detail).toBe('dropped malformed MESSAGE_CREATE');
    const id = mention('still there?');
    expect((await replyTo(id)).body.embeds[0].title).toBe('You asked: still there?');
  });

  it('GIVEN the reply POST fails with 500 THEN the failure is logged and the next mention is answered', async () => {
    h.standIn.failNext('POST /channels/:id/messages', 500, { message: 'Internal Server Error', code: 0 });
    const lost = mention('first');
    const entry = await logged('discord message failed');
    expect(entry.err).toMatchObject({ name: 'HTTPError', status: 500 });
    const id = mention('second');
    await replyTo(id);
    expect(h.standIn.messages.some((m) => m.body.message_reference?.message_id === lost)).toBe(false);
  });

  it('GIVEN a 429 with retry_after THEN waits, logs the rate limit and the reply still lands', async () => {
    h.standIn.failNext(
      'POST /channels/:id/messages',
      429,
      { message: 'You are being rate limited.', retry_after: 0.05, global: false },
      { 'retry-after': '0.05', 'x-ratelimit-scope': 'user' },
    );
    const id = mention('rate limited');
    await replyTo(id);
    const entry = await logged('discord rate limited');
    expect(entry).toMatchObject({ method: 'POST', retryAfterMs: 50 });
    expect(
      h.standIn.requests.filter((r) => r.route === 'POST /channels/:id/messages' && r.status === 429),
    ).toHaveLength(1);
  });

  it('GIVEN Discord refuses the embed with 400 THEN the same answer goes as plain content', async () => {
    h.standIn.failNext('POST /channels/:id/messages', 400, { message: 'Invalid Form Body', code: 50035, errors: {} });
    const id = mention('fallback');
    const reply = await replyTo(id);
    expect(reply.body.embeds).toEqual([]);
    expect(reply.body.content).toContain('You asked: fallback');
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('GIVEN the interaction callback fails with 500 THEN logs without the interaction token and delivers a private apology', async () => {
    h.standIn.failNext('POST /interactions/:id/:token/callback', 500, { message: 'oops', code: 0 });
    const { id, token } = h.standIn.dispatchInteraction({ subcommand: 'ask', options: { question: 'anyone?' } });
    const cb = await h.standIn.waitFor(
      () => h.standIn.callbacks.find((c) => c.interactionId === id),
      'apology callback',
    );
    expect(cb.body.data).toMatchObject({ flags: 64, embeds: [{ title: 'Sorry — something went wrong on my side.' }] });
    const entry = await logged('discord interaction failed');
    expect(entry.err.url).toContain('/[token]/');
    expect(JSON.stringify(h.logs())).not.toContain(token);
    expect(JSON.stringify(h.logs())).not.toContain(h.standIn.token);
  });
});
