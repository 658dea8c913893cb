import { describe, expect, it } from 'vitest';
import {
  SLACK_MAX_BLOCKS,
  SLACK_MAX_CONTEXT_ELEMENTS,
  SLACK_MAX_FIELD_TEXT,
  SLACK_MAX_HEADER_TEXT,
  SLACK_MAX_MESSAGE_TEXT,
  SLACK_MAX_SECTION_FIELDS,
  SLACK_MAX_SECTION_TEXT,
} from '../../src/adapters/slack/limits.js';
import {
  ASK_ACTION_PREFIX,
  escapeMrkdwn,
  renderBlockKit,
  SHARE_ACTION_ID,
  truncate,
} from '../../src/adapters/slack/render.js';
import type { Reply } from '../../src/core/types.js';

const reply = (over: Partial<Reply> = {}): Reply => ({
  kind: 'answer',
  title: 'T',
  lines: [],
  fields: [],
  notes: [],
  sources: [],
  suggestions: [],
  ...over,
});

describe('renderBlockKit', () => {
  it('GIVEN a sourced answer THEN renders header, answer, fields, notes, sources and suggestions as one exact payload', () => {
    const r = reply({
      title: 'DeepSeek V3 — training cost',
      lines: ['DeepSeek reported the final training run cost about $5.6M.', '• GPU hours: 2.788M H800'],
      fields: [{ label: 'Training cost', value: '$5.6M (final run, rental at $2/GPU-hour)' }],
      notes: ['Excludes research, ablations & staff.'],
      sources: [{ id: 'deepseek-v3-report', title: 'DeepSeek-V3 Technical Report', asOf: '2024-12' }],
      suggestions: ['compare deepseek v3 gpt-4'],
    });
    expect(renderBlockKit(r, { shareable: { question: 'what did DeepSeek V3 cost?' } })).toEqual({
      // The notification fallback is the chat-speed plain text: the answer line, then a few lines that answer.
      text: [
        'DeepSeek V3 — training cost: DeepSeek reported the final training run cost about $5.6M.',
        '• GPU hours: 2.788M H800',
        '• Training cost: $5.6M (final run, rental at $2/GPU-hour)',
        'Note: Excludes research, ablations &amp; staff.',
        'Sources: deepseek-v3-report (2024-12)',
      ].join('\n'),
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'DeepSeek V3 — training cost' } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: 'DeepSeek reported the final training run cost about $5.6M.\n• GPU hours: 2.788M H800',
          },
        },
        {
          type: 'section',
          fields: [{ type: 'mrkdwn', text: '*Training cost*\n$5.6M (final run, rental at $2/GPU-hour)' }],
        },
        { type: 'context', elements: [{ type: 'mrkdwn', text: '_Excludes research, ablations &amp; staff._' }] },
        {
          type: 'context',
          elements: [{ type: 'mrkdwn', text: '*Sources:* DeepSeek-V3 Technical Report (as of 2024-12)' }],
        },
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              action_id: `${ASK_ACTION_PREFIX}0`,
              text: { type: 'plain_text', text: 'compare deepseek v3 gpt-4' },
              value: 'compare deepseek v3 gpt-4',
            },
          ],
        },
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              action_id: SHARE_ACTION_ID,
              text: { type: 'plain_text', text: 'Share in channel' },
              value: 'what did DeepSeek V3 cost?',
            },
          ],
        },
      ],
    });
  });

  it('GIVEN a shared reply THEN it is credited to the sharer and carries no share button', () => {
    expect(renderBlockKit(reply({ lines: ['x'] }), { sharedBy: 'U0SHARER' }).blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'T' } },
      { type: 'section', text: { type: 'mrkdwn', text: 'x' } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Shared by <@U0SHARER>' }] },
    ]);
  });

  it('GIVEN a sharedBy that is not a Slack user id THEN no mention is emitted', () => {
    expect(JSON.stringify(renderBlockKit(reply(), { sharedBy: '!channel' }))).not.toContain('<');
  });

  it('GIVEN &, < and > in any text THEN they are escaped everywhere mrkdwn is sent', () => {
    const r = reply({
      lines: ['a < b & c > d <http://evil|click>'],
      fields: [{ label: '<b>', value: '1 & 2' }],
      notes: ['<x>'],
      suggestions: ['<y>'],
    });
    const out = renderBlockKit(r);
    const mrkdwnTexts = [out.text, ...JSON.stringify(out.blocks).match(/"type":"mrkdwn","text":"[^"]*"/g)!];
    for (const t of mrkdwnTexts) expect(t).not.toMatch(/<(?!@U)|(?<!-)>/);
    // Button labels are plain_text, which Slack shows as typed: the suggestion reads and asks "<y>".
    expect(JSON.stringify(out.blocks)).toContain('"text":{"type":"plain_text","text":"<y>"},"value":"<y>"');
    expect(out.blocks[1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: 'a &lt; b &amp; c &gt; d &lt;http://evil|click&gt;' },
    });
  });

  it('GIVEN a data set with a page and an article without THEN the data set is a mrkdwn link and the article is named', () => {
    const out = renderBlockKit(
      reply({
        sources: [
          { id: 'paradox', title: 'The Open Source Paradox', asOf: 'Feb 2026' },
          {
            id: 'genai-prices',
            title: 'genai-prices',
            asOf: 'Jul 2026',
            credit: 'Pydantic genai-prices, MIT',
            link: 'https://github.com/pydantic/genai-prices',
          },
        ],
      }),
    );
    expect(JSON.stringify(out.blocks)).toContain(
      '*Sources:* The Open Source Paradox (as of Feb 2026) · <https://github.com/pydantic/genai-prices|Pydantic genai-prices, MIT>',
    );
  });

  it('GIVEN mass mentions in the reply THEN none survive in text or blocks', () => {
    const out = renderBlockKit(
      reply({ title: '<!channel> hi', lines: ['<!here> @everyone <!subteam^S1|@eng> <@U1>'], notes: ['@here'] }),
    );
    expect(JSON.stringify(out)).not.toMatch(/<!|@(channel|here|everyone)\b|<@U1>/);
  });

  it.each(['<!channel>', '@here', '<@U1>', '<!subteam^S1|@eng>', '<#C1|general>'])(
    'GIVEN %j in just one text slot at a time THEN it is removed from that slot',
    (token) => {
      const slots: Array<Partial<Reply>> = [
        { title: `t ${token}` },
        { lines: [`l ${token}`] },
        {
          fields: [
            { label: `a ${token}`, value: 'v' },
            { label: 'b', value: `v ${token}` },
          ],
        },
        { notes: [`n ${token}`] },
        { sources: [{ id: 's', title: `s ${token}`, asOf: '2025' }] },
        { suggestions: [`q ${token}`] },
      ];
      for (const slot of slots) {
        const out = renderBlockKit(reply(slot), { shareable: { question: `share ${token}` } });
        expect(JSON.stringify(out)).not.toMatch(/<[!@#]|@(channel|here|everyone)\b/);
      }
    },
  );

  it('GIVEN a very long reply THEN every Slack limit holds and the cut is announced', () => {
    const long = 'word '.repeat(2_000);
    const r = reply({
      title: 'T'.repeat(400),
      lines: Array.from({ length: 80 }, (_, i) => `${i} ${long}`),
      fields: Array.from({ length: 25 }, (_, i) => ({ label: `f${i}`, value: 'v'.repeat(3_000) })),
      notes: Array.from({ length: 15 }, (_, i) => `note ${i}`),
    });
    const { text, blocks } = renderBlockKit(r, { shareable: { question: 'q'.repeat(5_000) } });
    expect(blocks.length).toBeLessThanOrEqual(SLACK_MAX_BLOCKS);
    expect(text.length).toBeLessThanOrEqual(SLACK_MAX_MESSAGE_TEXT);
    for (const b of blocks as any[]) {
      if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(SLACK_MAX_HEADER_TEXT);
      if (b.type === 'section' && b.text) expect(b.text.text.length).toBeLessThanOrEqual(SLACK_MAX_SECTION_TEXT);
      if (b.type === 'section' && b.fields) {
        expect(b.fields.length).toBeLessThanOrEqual(SLACK_MAX_SECTION_FIELDS);
        for (const fl of b.fields) expect(fl.text.length).toBeLessThanOrEqual(SLACK_MAX_FIELD_TEXT);
      }
      if (b.type === 'context') expect(b.elements.length).toBeLessThanOrEqual(SLACK_MAX_CONTEXT_ELEMENTS);
      if (b.type === 'actions') expect(b.elements[0].value.length).toBeLessThanOrEqual(2_000);
    }
    expect(JSON.stringify(blocks)).toContain('answer shortened to fit Slack');
    expect((blocks.at(-1) as { type: string }).type).toBe('actions');
  });

  it('GIVEN 12 fields THEN they are split into sections of at most 10', () => {
    const fields = Array.from({ length: 12 }, (_, i) => ({ label: `f${i}`, value: `${i}` }));
    const sections = renderBlockKit(reply({ fields })).blocks.filter((b: any) => b.fields);
    expect(sections.map((s: any) => s.fields.length)).toEqual([10, 2]);
  });

  it('GIVEN an empty title THEN the header still has text (Slack rejects empty text)', () => {
    expect(renderBlockKit(reply({ title: '' })).blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'aiecon' },
    });
  });
});

describe('escapeMrkdwn and truncate', () => {
  it('GIVEN & before < THEN each is escaped exactly once', () => {
    expect(escapeMrkdwn('&lt; <')).toBe('&amp;lt; &lt;');
  });

  it('GIVEN a cut inside an entity THEN the half entity is dropped', () => {
    expect(truncate('abc &amp; def', 7)).toBe('abc …');
  });
});
