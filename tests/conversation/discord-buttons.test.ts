// Discord buttons and autocomplete end to end: the real discord.js client against the loopback stand-in, the
// real engine and a real SQLite file. Suggestions are buttons that ask their question; slash answers carry
// 👍/👎 like mention answers; compare's options autocomplete model and company names, ask's question the name
// being typed at its end.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord } from '../../src/adapters/discord/index.js';
import { messageConversation } from '../../src/adapters/discord/mention.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { createEngine } from '../../src/core/engine.js';
import { createFeedback } from '../../src/feedback/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { setLogLevel } from '../../src/log.js';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import type { Store } from '../../src/storage/store.js';
import { type DiscordStandIn, startDiscordStandIn } from '../support/discord-standin.js';

let store: Store;
let standIn: DiscordStandIn;
let stop: () => Promise<void>;

beforeAll(async () => {
  setLogLevel('warn');
  store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'aiecon-dbuttons-')), 'aiecon.db'));
  const engine = createEngine(loadKnowledge('knowledge'));
  const dispatcher = new Dispatcher(engine, undefined, { conversations: store });
  const feedback = createFeedback({ store, engine });
  dispatcher.register(feedback.command);
  standIn = await startDiscordStandIn();
  const adapter = await startDiscord({
    config: { DISCORD_TOKEN: standIn.token, DISCORD_API_URL: standIn.apiUrl },
    dispatcher,
    feedback,
    rest: { globalRequestsPerSecond: 100_000, retries: 0 },
  });
  stop = async () => {
    await adapter.stop();
    await standIn.close();
    await store.close();
  };
});
afterAll(async () => stop());

const callbackFor = (id: string) =>
  standIn.waitFor(() => standIn.callbacks.find((c) => c.interactionId === id), `callback for ${id}`);
const originalId = (token: string) => standIn.originalMessageId(token);
const ids = (rows: Array<{ components: Array<{ custom_id: string }> }>) =>
  rows.flatMap((r) => r.components.map((b) => b.custom_id));

describe('Discord slash answers carry buttons', () => {
  it('GIVEN /aiecon ask THEN the answer has suggestion buttons and 👍/👎, and a 👎 on it asks why', async () => {
    const { id } = standIn.dispatchInteraction({
      subcommand: 'ask',
      options: { question: 'what did DeepSeek V3 cost?' },
    });
    const cb = await callbackFor(id);
    const rows = cb.body.data!.components;
    expect(ids(rows)).toContain('aiecon_fb:down');
    const asks = ids(rows).filter((c) => c.startsWith('aiecon_ask:'));
    expect(asks.length).toBeGreaterThan(0);
    for (const c of ids(rows)) expect(c.length).toBeLessThanOrEqual(100);

    const messageId = originalId(cb.token)!;
    // The bot keeps the question under the answer's id once Discord has answered its response.
    for (let i = 0; i < 200; i++) {
      if (await store.getConversation(messageConversation(standIn.ids.channel, messageId), new Date())) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    const down = standIn.dispatchComponent({ customId: 'aiecon_fb:down', messageId });
    const prompt = await callbackFor(down.id);
    expect(prompt.body.data).toMatchObject({ flags: 64, content: 'Thanks — what was wrong with it? (optional)' });
  });

  it('GIVEN a click on a suggestion button THEN the bot answers that question in the channel', async () => {
    const { id } = standIn.dispatchInteraction({
      subcommand: 'ask',
      options: { question: 'what did DeepSeek V3 cost?' },
    });
    const cb = await callbackFor(id);
    const ask = ids(cb.body.data!.components).find((c) => c.startsWith('aiecon_ask:'))!;
    const question = ask.slice('aiecon_ask:'.length);
    const click = standIn.dispatchComponent({ customId: ask, messageId: originalId(cb.token)! });
    const answered = await callbackFor(click.id);
    expect(answered.body.type).toBe(4);
    expect(answered.body.data!.flags ?? 0).toBe(0);
    const title = answered.body.data!.embeds[0].title as string;
    expect(title).not.toMatch(/sorry|do not know/i);
    // The answer is the one the engine gives to the question the button carried.
    expect(question).toMatch(/DeepSeek/);
    expect(title).toMatch(/DeepSeek/);
  });

  it('GIVEN a suggestion under a private answer THEN its answer is private too', async () => {
    const { id } = standIn.dispatchInteraction({
      subcommand: 'ask',
      options: { question: 'what did DeepSeek V3 cost?', private: true },
    });
    const cb = await callbackFor(id);
    const ask = ids(cb.body.data!.components).find((c) => c.startsWith('aiecon_ask:'))!;
    const click = standIn.dispatchComponent({ customId: ask, messageId: originalId(cb.token)! });
    expect((await callbackFor(click.id)).body.data!.flags).toBe(64);
  });
});

describe('Discord autocomplete', () => {
  it('GIVEN "deeps" typed in compare’s first option THEN the stand-in receives DeepSeek names, at most 25', async () => {
    const { id } = standIn.dispatchAutocomplete({ subcommand: 'compare', focused: 'a', value: 'deeps' });
    const cb = await callbackFor(id);
    expect(cb.body.type).toBe(8);
    const choices = cb.body.data!.choices as Array<{ name: string; value: string }>;
    expect(choices.length).toBeGreaterThan(2);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.slice(0, 3).map((c) => c.name)).toEqual(['DeepSeek', 'DeepSeek R1', 'DeepSeek V3']);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('GIVEN a data-set model typed in the second option THEN it is offered too', async () => {
    const { id } = standIn.dispatchAutocomplete({
      subcommand: 'compare',
      focused: 'b',
      value: 'claude haiku',
      options: { a: 'DeepSeek V3' },
    });
    const names = ((await callbackFor(id)).body.data!.choices as Array<{ name: string }>).map((c) => c.name);
    expect(names).toContain('Claude Haiku 4.5');
  });

  const choicesFor = async (subcommand: string, focused: string, value: string) => {
    const { id } = standIn.dispatchAutocomplete({ subcommand, focused, value });
    return ((await callbackFor(id)).body.data!.choices as Array<{ name: string; value: string }>).map((c) => c.value);
  };

  it('GIVEN a question typed in /aiecon ask ending in part of a name THEN the first choice is the question as typed, then it with the name completed', async () => {
    const choices = await choicesFor('ask', 'question', 'what did deeps');
    expect(choices[0]).toBe('what did deeps');
    expect(choices.slice(1, 4)).toEqual(['what did DeepSeek', 'what did DeepSeek R1', 'what did DeepSeek V3']);
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it('GIVEN a name of several words being typed THEN the whole name is completed, not just its last word', async () => {
    const choices = await choicesFor('ask', 'question', 'is claude hai');
    expect(choices).toContain('is Claude Haiku 4.5');
    expect(choices.every((c) => c.startsWith('is '))).toBe(true);
  });

  it('GIVEN an empty question THEN example questions are offered; GIVEN a finished word THEN only the text itself', async () => {
    expect(await choicesFor('ask', 'question', '')).toContain('what did DeepSeek V3 cost?');
    expect(await choicesFor('ask', 'question', 'what did deepseek v3 cost ')).toEqual(['what did deepseek v3 cost']);
  });

  it('GIVEN a question longer than a choice may be THEN no choices, so Discord sends it as typed', async () => {
    expect(await choicesFor('ask', 'question', `what did ${'very '.repeat(20)}deeps`)).toEqual([]);
  });

  it('GIVEN nothing known typed THEN the choices are empty, not an error', async () => {
    const { id } = standIn.dispatchAutocomplete({ subcommand: 'compare', focused: 'a', value: 'qqqzzz' });
    expect((await callbackFor(id)).body).toEqual({ type: 8, data: { choices: [] } });
  });
});
