// The one Discord renderer: a neutral Reply becomes an embed (title, answer, figures as fields, sources
// in the footer) or, where embeds cannot show, plain content. Pure: same Reply in, same payload out.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { renderPlainText } from '../../core/render-text.js';
import { cutText, stripMentions } from '../../core/safe-text.js';
import type { Reply, ReplyKind, SourceRef } from '../../core/types.js';
import {
  DISCORD_MAX_CONTENT_CHARS,
  DISCORD_MAX_EMBED_DESCRIPTION_CHARS,
  DISCORD_MAX_EMBED_FIELD_NAME_CHARS,
  DISCORD_MAX_EMBED_FIELD_VALUE_CHARS,
  DISCORD_MAX_EMBED_FIELDS,
  DISCORD_MAX_EMBED_FOOTER_CHARS,
  DISCORD_MAX_EMBED_TITLE_CHARS,
  DISCORD_MAX_EMBED_TOTAL_CHARS,
} from './limits.js';

/** What a Discord message carries; `content` is '' when the embed says it all. `files` are uploaded with it
 * (multipart), e.g. a chart the embed shows through `attachment://`. */
export interface DiscordMessagePayload {
  content: string;
  embeds: APIEmbed[];
  files?: Array<{ attachment: Buffer; name: string; description?: string }>;
}

/** `marker` tags the message so ChannelPoster.findPosted can recognise it later. */
export interface RenderOptions {
  marker?: string;
}

/** Accent colour per reply kind, so an error never looks like an answer. */
export const KIND_COLORS: Record<ReplyKind, number> = {
  answer: 0x3b82f6,
  comparison: 0x8b5cf6,
  calculation: 0x14b8a6,
  clarify: 0xf59e0b,
  unknown: 0xf59e0b,
  help: 0x64748b,
  digest: 0x22c55e,
  notice: 0x64748b,
  error: 0xef4444,
};

/** Text that ends a footer or content so the poster can find its own message again. */
export function markerText(marker: string): string {
  return `ref ${marker}`;
}

/** Shortens to `max` characters with an ellipsis, never cutting an emoji in half. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${cutText(text, Math.max(0, max - 1))}…`;
}

/**
 * Backslash-escapes Discord markdown so plain knowledge text (`model_name`, `**`, a leading `#` or `-`)
 * shows as typed. One pass of three regexes: discord.js's escapeMarkdown costs more than the engine's
 * whole answer on a typical reply.
 */
export function escapeDiscordMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|[\]]/g, '\\$&')
    .replace(/^(\s*)([>#-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.');
}

const md = (text: string) => escapeDiscordMarkdown(stripMentions(text));

/** A source's web link, or undefined: only http(s), so a link field never carries another scheme. */
const webLink = (s: SourceRef) => (s.link && /^https?:\/\//.test(s.link) ? s.link : undefined);

/** Sources with a page, as markdown links (embed fields render them; footers do not). */
function sourceLinks(reply: Reply): string {
  return reply.sources
    .filter(webLink)
    .map((s) => `[${md(s.credit ?? s.title)}](${webLink(s)!.replace(/[()\s]/g, encodeURIComponent)})`)
    .join('\n');
}

function footerText(reply: Reply, marker: string | undefined): string | undefined {
  const tag = marker ? markerText(marker) : '';
  // Sources with a page are linked in their own field; the footer names the rest.
  const unlinked = reply.sources.filter((s) => !webLink(s));
  const sources = unlinked.length
    ? `Sources: ${unlinked.map((s) => (s.credit ? s.credit : `${s.name ?? s.id} (${s.asOf})`)).join(' · ')}`
    : '';
  if (!sources) return tag || undefined;
  if (!tag) return clip(stripMentions(sources), DISCORD_MAX_EMBED_FOOTER_CHARS);
  return `${clip(stripMentions(sources), DISCORD_MAX_EMBED_FOOTER_CHARS - tag.length - 3)} · ${tag}`;
}

const MIN_DESCRIPTION_ROOM = 300;

function embedChars(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

const field = (name: string, value: string): APIEmbedField => ({
  name: clip(name, DISCORD_MAX_EMBED_FIELD_NAME_CHARS) || '\u200b',
  value: clip(value, DISCORD_MAX_EMBED_FIELD_VALUE_CHARS) || '\u200b',
  inline: false,
});

/** Renders a reply as one embed within every embed limit; `content` stays empty. */
export function renderEmbed(reply: Reply, options: RenderOptions = {}): DiscordMessagePayload {
  const extras: APIEmbedField[] = [];
  if (reply.notes.length) extras.push(field('Notes', reply.notes.map((n) => `• ${md(n)}`).join('\n')));
  if (reply.suggestions.length) extras.push(field('Try', reply.suggestions.map((s) => `“${md(s)}”`).join(' · ')));
  const links = sourceLinks(reply);
  if (links) extras.push(field('Sources', links));

  let figures = reply.fields.map((f) => field(md(f.label), md(f.value)));
  let hidden = Math.max(0, figures.length - (DISCORD_MAX_EMBED_FIELDS - extras.length));
  figures = figures.slice(0, figures.length - hidden);

  const body = reply.lines.map(md).join('\n');
  const embed: APIEmbed = {
    title: clip(stripMentions(reply.title), DISCORD_MAX_EMBED_TITLE_CHARS) || 'aiecon',
    color: KIND_COLORS[reply.kind],
  };
  const footer = footerText(reply, options.marker);
  if (footer) embed.footer = { text: footer };

  const describe = (room: number) => {
    const more = hidden
      ? `\n\n(+${hidden} more figure${hidden === 1 ? '' : 's'} not shown — ask about one of them.)`
      : '';
    const text = clip(body, Math.max(0, Math.min(DISCORD_MAX_EMBED_DESCRIPTION_CHARS, room) - more.length)) + more;
    if (text.trim()) embed.description = text;
    else delete embed.description;
  };
  // The 6,000 total: figures and extras first, the description gets what is left (at least a
  // readable 300), and figures drop from the end when even that does not fit.
  const fixed = () => embedChars({ ...embed, description: '', fields: [...figures, ...extras] });
  while (figures.length > 0 && DISCORD_MAX_EMBED_TOTAL_CHARS - fixed() < MIN_DESCRIPTION_ROOM) {
    figures = figures.slice(0, -1);
    hidden += 1;
  }
  embed.fields = [...figures, ...extras];
  if (DISCORD_MAX_EMBED_TOTAL_CHARS - fixed() < MIN_DESCRIPTION_ROOM)
    embed.fields = extras.map((f) => field(f.name, clip(f.value, MIN_DESCRIPTION_ROOM)));
  describe(DISCORD_MAX_EMBED_TOTAL_CHARS - embedChars({ ...embed, description: '' }));
  if (embed.fields.length === 0) delete embed.fields;
  return { content: '', embeds: [embed] };
}

/** Renders a reply as plain content within 2,000 characters: the fallback where embeds cannot show. */
export function renderPlainContent(reply: Reply, options: RenderOptions = {}): DiscordMessagePayload {
  const tag = options.marker ? `\n${markerText(options.marker)}` : '';
  // Without Embed Links a bare URL would not preview anyway, and escaping would mangle it: sources by name only.
  const sources = reply.sources.map(({ link: _link, ...s }) => s);
  const text = escapeDiscordMarkdown(renderPlainText({ ...reply, sources }));
  return { content: clip(text, DISCORD_MAX_CONTENT_CHARS - tag.length) + tag, embeds: [] };
}
