import { describe, expect, it } from 'vitest';
import {
  DISCORD_MAX_CONTENT_CHARS,
  DISCORD_MAX_EMBED_DESCRIPTION_CHARS,
  DISCORD_MAX_EMBED_FIELD_VALUE_CHARS,
  DISCORD_MAX_EMBED_FIELDS,
  DISCORD_MAX_EMBED_TOTAL_CHARS,
} from '../../src/adapters/discord/limits.js';
import {
  clip,
  escapeDiscordMarkdown,
  KIND_COLORS,
  renderEmbed,
  renderPlainContent,
} from '../../src/adapters/discord/render.js';
import type { Reply } from '../../src/core/types.js';

const answer: Reply = {
  kind: 'answer',
  title: 'DeepSeek V3 — training cost',
  lines: ['The final training run cost about $5.6M in GPU rental.', '• Excludes research and ablations'],
  fields: [
    {
      label: 'Training compute cost',
      value: '$5.576M (final run only, 2.788M H800 hours at $2/h; DeepSeek, Dec 2024)',
    },
  ],
  notes: ['Analysts put total spend far higher.'],
  sources: [{ id: 'deepseek-v3-report', title: 'DeepSeek-V3 Technical Report', asOf: '2024-12-27' }],
  suggestions: ['compare deepseek v3 gpt-4'],
};

const embedTotal = (e: NonNullable<ReturnType<typeof renderEmbed>['embeds'][0]>) =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.footer?.text.length ?? 0) +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

describe('renderEmbed', () => {
  it('GIVEN a sourced answer THEN renders title, answer, figures as fields, notes, suggestions and sources in the footer', () => {
    expect(renderEmbed(answer)).toEqual({
      content: '',
      embeds: [
        {
          title: 'DeepSeek V3 — training cost',
          color: KIND_COLORS.answer,
          description: 'The final training run cost about $5.6M in GPU rental.\n• Excludes research and ablations',
          fields: [
            {
              name: 'Training compute cost',
              value: '$5.576M (final run only, 2.788M H800 hours at $2/h; DeepSeek, Dec 2024)',
              inline: false,
            },
            { name: 'Notes', value: '• Analysts put total spend far higher.', inline: false },
            { name: 'Try', value: '“compare deepseek v3 gpt-4”', inline: false },
          ],
          footer: { text: 'Sources: deepseek-v3-report (2024-12-27)' },
        },
      ],
    });
  });

  it('GIVEN a marker THEN the footer ends with "ref <marker>" after the sources', () => {
    expect(renderEmbed(answer, { marker: 'd1g3st' }).embeds[0]!.footer).toEqual({
      text: 'Sources: deepseek-v3-report (2024-12-27) · ref d1g3st',
    });
    expect(renderEmbed({ ...answer, sources: [] }, { marker: 'd1g3st' }).embeds[0]!.footer).toEqual({
      text: 'ref d1g3st',
    });
  });

  it('GIVEN a bare notice THEN the embed has only a title and colour', () => {
    expect(
      renderEmbed({ kind: 'notice', title: 'Saved.', lines: [], fields: [], notes: [], sources: [], suggestions: [] }),
    ).toEqual({
      content: '',
      embeds: [{ title: 'Saved.', color: KIND_COLORS.notice }],
    });
  });

  it('GIVEN markdown characters and mass mentions in knowledge text THEN they are escaped and defused', () => {
    const e = renderEmbed({ ...answer, lines: ['**bold** claim for @everyone about model_name_v2'], fields: [] })
      .embeds[0]!;
    expect(e.description).toBe('\\*\\*bold\\*\\* claim for everyone about model\\_name\\_v2');
  });

  it('GIVEN 40 figures and long text THEN stays within field count, field value, description and total limits, saying how many were left out', () => {
    const big: Reply = {
      ...answer,
      lines: ['x'.repeat(9_000)],
      fields: Array.from({ length: 40 }, (_, i) => ({ label: `Figure ${i}`, value: 'v'.repeat(1_500) })),
      notes: ['n'.repeat(3_000)],
    };
    const e = renderEmbed(big, { marker: 'abc' }).embeds[0]!;
    expect(e.fields!.length).toBeLessThanOrEqual(DISCORD_MAX_EMBED_FIELDS);
    for (const f of e.fields!) expect(f.value.length).toBeLessThanOrEqual(DISCORD_MAX_EMBED_FIELD_VALUE_CHARS);
    expect(e.description!.length).toBeLessThanOrEqual(DISCORD_MAX_EMBED_DESCRIPTION_CHARS);
    expect(embedTotal(e)).toBeLessThanOrEqual(DISCORD_MAX_EMBED_TOTAL_CHARS);
    expect(e.description).toMatch(/\(\+\d+ more figures not shown — ask about one of them\.\)$/);
    expect(e.footer!.text.endsWith('ref abc')).toBe(true);
  });
});

describe('source links', () => {
  const linked: Reply = {
    ...answer,
    sources: [
      answer.sources[0]!,
      {
        id: 'epoch-models',
        title: 'Epoch AI, Notable AI Models',
        asOf: 'Jul 2026',
        credit: 'Epoch AI, Notable AI Models, Jul 2026, CC BY 4.0',
        link: 'https://epoch.ai/data/notable-ai-models',
      },
    ],
  };

  it('GIVEN a source with a page THEN the embed links it in a Sources field and the footer names the rest', () => {
    const [embed] = renderEmbed(linked).embeds;
    expect(embed!.fields!.at(-1)).toEqual({
      name: 'Sources',
      value: '[Epoch AI, Notable AI Models, Jul 2026, CC BY 4.0](https://epoch.ai/data/notable-ai-models)',
      inline: false,
    });
    expect(embed!.footer).toEqual({ text: 'Sources: deepseek-v3-report (2024-12-27)' });
  });

  it('GIVEN a link that is not a web address THEN it is never linked', () => {
    const [embed] = renderEmbed({
      ...answer,
      sources: [{ ...linked.sources[1]!, link: 'javascript:alert(1)' }],
    }).embeds;
    expect(JSON.stringify(embed)).not.toContain('javascript:');
  });
});

describe('renderPlainContent', () => {
  it('GIVEN a reply THEN content is the plain-text rendering and there is no embed', () => {
    expect(renderPlainContent(answer)).toEqual({
      content: [
        'DeepSeek V3 — training cost: The final training run cost about $5.6M in GPU rental.',
        '• Excludes research and ablations',
        '• Training compute cost: $5.576M (final run only, 2.788M H800 hours at $2/h; DeepSeek, Dec 2024)',
        'Note: Analysts put total spend far higher.',
        'Sources: deepseek-v3-report (2024-12-27)',
      ].join('\n'),
      embeds: [],
    });
  });

  it('GIVEN a reply longer than 2,000 characters THEN content is clipped with an ellipsis and keeps the marker', () => {
    const { content } = renderPlainContent({ ...answer, lines: ['y'.repeat(5_000)] }, { marker: 'k1' });
    expect(content.length).toBeLessThanOrEqual(DISCORD_MAX_CONTENT_CHARS);
    expect(content.endsWith('…\nref k1')).toBe(true);
  });
});

describe('clip', () => {
  it('GIVEN a surrogate pair at the cut THEN does not split it', () => {
    expect(clip('ab😀cd', 4)).toBe('ab…');
    expect(clip('short', 10)).toBe('short');
  });
});

describe('escapeDiscordMarkdown', () => {
  it('GIVEN headings, list markers, quotes, masked links and inline marks THEN each shows as typed', () => {
    expect(
      escapeDiscordMarkdown('# big\n- item\n> quote\n1. first\n[site](https://x.y) `code` ~~gone~~ ||spoiler|| a\\b'),
    ).toBe(
      '\\# big\n\\- item\n\\> quote\n1\\. first\n\\[site\\](https://x.y) \\`code\\` \\~\\~gone\\~\\~ \\|\\|spoiler\\|\\| a\\\\b',
    );
    expect(escapeDiscordMarkdown('$5.6M for 2.788M H800 hours, 2024-12-27')).toBe(
      '$5.6M for 2.788M H800 hours, 2024-12-27',
    );
  });
});
