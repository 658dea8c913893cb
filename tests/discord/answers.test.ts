// Answer content through the real engine and knowledge/: the Discord path must carry the engine's reply
// intact (title, figures, sources) — the wording itself is the engine's and is tested there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEmbed } from '../../src/adapters/discord/render.js';
import { createEngine } from '../../src/core/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { type Harness, startHarness } from './harness.js';

const engine = createEngine(loadKnowledge());
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ engine });
});
afterAll(async () => {
  await h?.close();
});

describe('Discord answers from the real knowledge base', () => {
  it('GIVEN "@aiecon what did DeepSeek V3 cost?" THEN the reply is exactly the engine answer rendered as an embed, with sources in the footer', async () => {
    const id = h.standIn.dispatchMessage({ content: `<@${h.standIn.ids.bot}> what did DeepSeek V3 cost?` });
    const reply = await h.standIn.waitFor(
      () => h.standIn.messages.find((m) => m.body.message_reference?.message_id === id),
      'the answer',
    );
    const expected = renderEmbed(
      engine.answer({
        text: 'what did DeepSeek V3 cost?',
        surface: 'discord',
        channelId: h.standIn.ids.channel,
        userId: h.standIn.ids.user,
      }),
    );
    expect(reply.body.embeds).toEqual(expected.embeds);
    expect(reply.body.embeds[0].title).toMatch(/DeepSeek V3/);
    expect(JSON.stringify(reply.body.embeds[0])).toMatch(/\$5\.6M/);
    expect(reply.body.embeds[0].footer.text).toMatch(/^Sources: /);
  });

  it('GIVEN /aiecon help THEN the callback carries the engine help, listing ask, compare and calc', async () => {
    const { id } = h.standIn.dispatchInteraction({ subcommand: 'help' });
    const cb = await h.standIn.waitFor(() => h.standIn.callbacks.find((c) => c.interactionId === id), 'help callback');
    const description: string = String(cb.body.data?.embeds?.[0]?.description);
    // Each command is a bullet of its own ("• ask …"), not merely a word somewhere ("asked").
    for (const name of ['ask', 'compare', 'calc']) expect(description).toMatch(new RegExp(`^• ${name}\\b`, 'm'));
  });
});
