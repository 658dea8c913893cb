// Seeded fuzz over hostile input: mention tokens nested inside each other, pings around real questions, stray
// markers. Every Reply the engine returns must keep its contract — no string in it carries a mass mention or a
// ping — before any renderer runs, and the three renderers must keep it too.
import { describe, expect, it } from 'vitest';
import { clip, renderEmbed, renderPlainContent } from '../../src/adapters/discord/render.js';
import { renderBlockKit, truncate } from '../../src/adapters/slack/render.js';
import { createEngine } from '../../src/core/engine.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { cutText, quoteSnippet, stripMentions } from '../../src/core/safe-text.js';
import type { Reply } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createEngine(loadKnowledge());
/** What Slack and Discord turn into a ping: special mentions, user groups, users and roles, typed mass mentions. */
const PING =
  /<!(channel|here|everyone)(\|[^>]*)?>|<!subteam\^[A-Z0-9]+|<@[!&]?[A-Z0-9]+(\|[^>]*)?>|@(everyone|here|channel)\b/i;

/** mulberry32: a small seeded PRNG so a failure reproduces. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ATOMS = [
  'channel',
  'here',
  'everyone',
  'U123',
  '!456',
  '&789',
  'subteam^S1|@eng',
  '#C42',
  'what did deepseek v3 cost',
  'compare gpt-4 and llama 3',
  '1/0',
  '🤖',
  'is llama open',
];
const WRAPS: Array<(x: string) => string> = [
  (x) => `<!${x}>`,
  (x) => `<@${x}>`,
  (x) => `@${x}`,
  (x) => `<${x}>`,
  (x) => `<!${x}|label>`,
  (x) => `${x} <!channel>`,
  (x) => `<!<!${x}>>`,
  (x) => `@@${x}`,
];

function hostileInput(rand: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const parts: string[] = [];
  for (let n = 1 + Math.floor(rand() * 3); n > 0; n--) {
    let x = pick(ATOMS);
    for (let depth = 1 + Math.floor(rand() * 4); depth > 0; depth--) x = pick(WRAPS)(x);
    parts.push(x);
  }
  return parts.join(' ');
}

/** Every string a Reply carries. */
const strings = (r: Reply): string[] => [
  r.title,
  ...r.lines,
  ...r.fields.flatMap((f) => [f.label, f.value]),
  ...r.notes,
  ...r.sources.flatMap((s) => [s.id, s.title, s.asOf]),
  ...r.suggestions,
];

describe('GIVEN nested and stray mention tokens', () => {
  it.each([
    '<!<!channel>>',
    '<!<!<!here>>>',
    '@@everyone',
    '@@@here',
    '<@<@U1>U2>',
    '<!<!channel|x>|y>',
    '<<!everyone>!everyone>',
  ])('GIVEN %s THEN stripping reaches a text with no ping', (input) => {
    expect(stripMentions(input)).not.toMatch(PING);
    expect(quoteSnippet(input)).not.toMatch(PING);
  });

  it('GIVEN tokens nested deeper than any real message THEN no ping survives either', () => {
    expect(stripMentions(`${'<!'.repeat(50)}channel${'>'.repeat(50)}`)).not.toMatch(PING);
    expect(stripMentions(`${'@'.repeat(50)}everyone`)).not.toMatch(PING);
  });

  it('GIVEN 200 seeded hostile questions THEN every Reply and every rendering of it is free of pings', () => {
    const rand = prng(20261202);
    for (let i = 0; i < 200; i++) {
      const input = hostileInput(rand);
      const reply = engine.answer({ text: input });
      for (const s of strings(reply)) expect(s, `input: ${input}`).not.toMatch(PING);
      expect(renderPlainText(reply), input).not.toMatch(PING);
      expect(JSON.stringify(renderBlockKit(reply)), input).not.toMatch(PING);
      expect(JSON.stringify(renderEmbed(reply)), input).not.toMatch(PING);
      expect(JSON.stringify(renderPlainContent(reply)), input).not.toMatch(PING);
    }
  });
});

/** No lone surrogate: no emoji was cut in half. */
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('GIVEN text cut to fit', () => {
  it('GIVEN an emoji at the cut THEN the quote keeps it whole or drops it, never half of it', () => {
    for (let pad = 55; pad < 62; pad++) {
      const quoted = quoteSnippet(`${'a'.repeat(pad)}🤖🤖🤖🤖🤖🤖`);
      expect(wellFormed(quoted), `pad ${pad}`).toBe(true);
      expect(wellFormed(truncate(`${'a'.repeat(pad)}🤖🤖🤖🤖🤖🤖`, 60)), `slack, pad ${pad}`).toBe(true);
    }
  });
});

const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });
const graphemes = (s: string) => [...GRAPHEMES.segment(s)].map((g) => g.segment);
/** Every grapheme of the cut text (ellipsis aside) is a whole grapheme of the original: no emoji lost a part. */
const wholeGraphemes = (cut: string, original: string) => {
  const whole = new Set(graphemes(original));
  return graphemes(cut.replace(/…$/, '')).every((g) => whole.has(g));
};

const sampleReply: Reply = {
  kind: 'answer',
  title: 't',
  lines: [],
  fields: [],
  notes: [],
  sources: [],
  suggestions: [],
};

describe('GIVEN emoji made of several code points at the cut', () => {
  // A family (ZWJ sequence), a flag (two regional indicators), a skin tone, a keycap.
  for (const emoji of ['👨‍👩‍👧‍👦', '🇬🇧', '👍🏽', '1️⃣'])
    it(`GIVEN ${emoji} THEN quotes, Slack and Discord cuts keep each one whole or drop it`, () => {
      for (let pad = 45; pad < 62; pad++) {
        const text = `${'a'.repeat(pad)}${emoji.repeat(6)}`;
        expect(wholeGraphemes(quoteSnippet(text), text), `quote, pad ${pad}`).toBe(true);
        expect(wholeGraphemes(truncate(text, 60), text), `slack, pad ${pad}`).toBe(true);
        expect(wholeGraphemes(clip(text, 60), text), `discord, pad ${pad}`).toBe(true);
        expect(wholeGraphemes(cutText(text, 60), text), `cut, pad ${pad}`).toBe(true);
      }
    });

  it('GIVEN a line of emoji with no spaces longer than a Slack section THEN every section keeps each emoji whole', () => {
    const line = '👨‍👩‍👧‍👦'.repeat(800);
    const blocks = renderBlockKit({ ...sampleReply, lines: [line] }).blocks as Array<{
      type: string;
      text?: { text: string };
    }>;
    const texts = blocks.flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));
    expect(texts.join('').length).toBeGreaterThan(3_000);
    for (const t of texts) expect(wholeGraphemes(t, line)).toBe(true);
  });
});
