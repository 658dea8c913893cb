// Text hygiene shared by the engine and every renderer: user text is bounded and never carries a
// mass mention or a user/role ping back out.

/** Longest question the engine reads; longer input is cut, not rejected, so a pasted thread still gets an answer. */
export const MAX_QUERY_CHARS = 2_000;

const MASS_MENTIONS: Array<[RegExp, string]> = [
  [/<!(channel|here|everyone)(\|[^>]*)?>/gi, '$1'], // Slack special mentions
  [/<!subteam\^[A-Z0-9]+(\|[^>]*)?>/gi, 'group'], // Slack user groups
  [/<@[!&]?[A-Z0-9]+(\|[^>]*)?>/gi, ''], // Slack users, Discord users/roles
  [/<#[A-Z0-9]+(\|[^>]*)?>/gi, ''], // channel links
  [/@(everyone|here|channel)\b/gi, '$1'], // typed mass mentions
];

/** Stripping passes before nesting counts as hostile; real messages settle in one or two. */
const MAX_STRIP_PASSES = 8;

/**
 * Removes every mention token and mass-mention word marker, repeating until nothing changes: removing an inner
 * token can complete an outer one (`<!<!channel>>`, `@@everyone`). Safe to echo back to any platform.
 */
export function stripMentions(text: string): string {
  // Every mention token needs "<" or "@"; most text has neither, and the regex passes are then wasted.
  if (!text.includes('<') && !text.includes('@')) return text;
  let out = text;
  for (let pass = 0; pass < MAX_STRIP_PASSES; pass++) {
    const before = out;
    for (const [rx, to] of MASS_MENTIONS) out = out.replace(rx, to);
    if (out === before) return out;
  }
  // Nested deeper than any real message: drop the markers themselves, so no token can form.
  return out.replace(/[<>@]/g, '');
}

const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** How far back a cut looks for a grapheme boundary; an emoji sequence is far shorter, longer runs are zalgo. */
const MAX_GRAPHEME_UNITS = 64;

/**
 * The first `max` UTF-16 units of `text`, ending on a grapheme boundary: an emoji made of several code points
 * (a family, a flag, a skin tone, a keycap) is kept whole or dropped, never cut in half.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  // Only a window around the cut is segmented, so the cost does not grow with the text; the window reaches one
  // whole code point past the cut, so a skin tone or flag half there still counts as part of the emoji before it.
  const start = Math.max(0, max - MAX_GRAPHEME_UNITS);
  let end = start;
  for (const g of GRAPHEMES.segment(text.slice(start, max + 2))) {
    const after = start + g.index + g.segment.length;
    if (after > max) break;
    end = after;
  }
  // A single grapheme longer than the window (stacked combining marks): cut it, but not inside a surrogate pair.
  if (end === start && start > 0) end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return text.slice(0, end);
}

/** A zero-width joiner between two emoji builds one (a family, a profession); anywhere else it hides text. */
function keepEmojiJoiner(joiner: string, at: number, text: string): string {
  const before = text.slice(Math.max(0, at - 3), at);
  const after = text.slice(at + 1, at + 3);
  return /\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}\uFE0F]?$/u.test(before) &&
    /^\p{Extended_Pictographic}/u.test(after)
    ? joiner
    : ' ';
}

/** Drops control characters (keeps newlines and tabs as spaces) and collapses whitespace. */
export function cleanControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text
    .replace(/\u200d/g, keepEmojiJoiner)
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b\u200c\u200e\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The bot's own name as people type it to address it ("@aiecon …", "aiecon, …"). */
export const BOT_NAME = 'aiecon';

/** The bot addressed at the start of a message ("@aiecon …", "aiecon, …", "hey aiecon: …"). */
const LEADING_ADDRESS = new RegExp(`^((?:hey|hi|hello|yo)\\b[\\s,]*)?@?${BOT_NAME}\\b[\\s,:;.!?-]*`, 'i');

/** Drops a leading address to the bot, which is not part of the question; of a message that is only the address,
 * a greeting stays ("hi aiecon" → "hi") and a bare name leaves nothing to answer. */
export function dropAddress(text: string): string {
  const m = LEADING_ADDRESS.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  return /[\p{L}\p{N}]/u.test(rest) ? rest : (m[1]?.replace(/[\s,]+$/, '') ?? '');
}

/** What the engine reads of a raw question: mentions and a leading address to the bot gone, control characters
 * gone, bounded length. */
export function sanitizeQuery(raw: string): string {
  return cutText(dropAddress(cleanControl(stripMentions(cutText(raw, MAX_QUERY_CHARS * 4)))), MAX_QUERY_CHARS);
}

/** Shortens a user's text for quoting in a reply ("I don't know “…”"). */
export function quoteSnippet(text: string, max = 60): string {
  const clean = cleanControl(stripMentions(text));
  return clean.length > max ? `${cutText(clean, max - 1)}…` : clean;
}
