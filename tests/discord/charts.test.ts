// Charts on Discord through the real discord.js client: the PNG goes up as a multipart attachment and the
// embed shows it; without Attach Files the answer is text only and says why.
import { afterEach, describe, expect, it } from 'vitest';
import { CHART_ATTACHMENT } from '../../src/adapters/discord/chart.js';
import { DISCORD_MAX_ATTACHMENT_DESCRIPTION_CHARS } from '../../src/adapters/discord/limits.js';
import { clip } from '../../src/adapters/discord/render.js';
import { createEngine } from '../../src/core/engine.js';
import { chartNeedsAttachFiles } from '../../src/core/replies.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { PERMS, type RecordedFile } from '../support/discord-standin.js';
import { type Harness, startHarness } from './harness.js';

const CHART_Q = 'chart the training costs of the most expensive models';
const engine = createEngine(loadKnowledge());
const chart = engine.answer({ text: CHART_Q }).chart!;
/** The tallest bar's value as the embed states it (markdown-escaped). */
const topValue = chart.points[0]!.display.replace(/~/g, '\\~');
const BASE = PERMS.ViewChannel | PERMS.SendMessages | PERMS.EmbedLinks | PERMS.ReadMessageHistory;

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

function expectChartPng(files: RecordedFile[] | undefined) {
  expect(files).toHaveLength(1);
  const [file] = files!;
  expect(file!.filename).toBe(CHART_ATTACHMENT);
  expect(file!.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(file!.bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(600);
  expect(file!.bytes.readUInt32BE(20)).toBeGreaterThanOrEqual(300);
}

describe('Discord charts', () => {
  it('GIVEN a mention asking for a chart and Attach Files THEN the reply uploads the PNG and the embed shows it, alt text attached', async () => {
    h = await startHarness({ engine, standIn: { everyonePermissions: BASE | PERMS.AttachFiles } });
    const id = h.standIn.dispatchMessage({ content: `<@${h.standIn.ids.bot}> ${CHART_Q}` });
    const reply = await h.standIn.waitFor(
      () => h!.standIn.messages.find((m) => m.body.message_reference?.message_id === id),
      'the chart answer',
      15_000,
    );
    expectChartPng(reply.files);
    expect(reply.body.embeds[0].image).toEqual({ url: `attachment://${CHART_ATTACHMENT}` });
    expect(reply.body.embeds[0].description).toContain(topValue);
    // The alt text travels as the attachment's description, clipped to Discord's limit.
    expect(reply.body.attachments).toEqual([
      expect.objectContaining({ description: clip(chart.alt, DISCORD_MAX_ATTACHMENT_DESCRIPTION_CHARS) }),
    ]);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('GIVEN a mention asking for a chart without Attach Files THEN the answer is the text alone with a note saying why', async () => {
    h = await startHarness({ engine, standIn: { everyonePermissions: BASE } });
    const id = h.standIn.dispatchMessage({ content: `<@${h.standIn.ids.bot}> ${CHART_Q}` });
    const reply = await h.standIn.waitFor(
      () => h!.standIn.messages.find((m) => m.body.message_reference?.message_id === id),
      'the text answer',
      15_000,
    );
    expect(reply.files).toBeUndefined();
    expect(reply.body.embeds[0].image).toBeUndefined();
    expect(reply.body.embeds[0].description).toContain(topValue);
    expect(JSON.stringify(reply.body.embeds[0].fields)).toContain(chartNeedsAttachFiles());
  });

  it('GIVEN /aiecon ask with a chart question THEN the bot defers and the edited reply carries the PNG shown in the embed', async () => {
    h = await startHarness({ engine, standIn: { everyonePermissions: BASE | PERMS.AttachFiles } });
    const { id, token } = h.standIn.dispatchInteraction({ subcommand: 'ask', options: { question: CHART_Q } });
    const cb = await h.standIn.waitFor(() => h!.standIn.callbacks.find((c) => c.interactionId === id), 'deferral');
    expect(cb.body.type).toBe(5);
    const edit = await h.standIn.waitFor(
      () => h!.standIn.edits.find((e) => e.token === token),
      'the edited reply',
      15_000,
    );
    expectChartPng(edit.files);
    expect(edit.body.embeds[0].image).toEqual({ url: `attachment://${CHART_ATTACHMENT}` });
  });

  it('GIVEN /aiecon ask with a chart question where the app may not attach files THEN the reply is text with the note', async () => {
    h = await startHarness({ engine, standIn: { everyonePermissions: BASE } });
    const { token } = h.standIn.dispatchInteraction({ subcommand: 'ask', options: { question: CHART_Q } });
    const edit = await h.standIn.waitFor(() => h!.standIn.edits.find((e) => e.token === token), 'the reply', 15_000);
    expect(edit.files).toBeUndefined();
    expect(JSON.stringify(edit.body.embeds[0].fields)).toContain(chartNeedsAttachFiles());
  });
});
