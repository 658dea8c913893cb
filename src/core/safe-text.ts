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

/** The first `max` UTF-16 units of `text`, one shorter if that would split a surrogate pair (half an emoji). */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = max > 0 && /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return text.slice(0, end);
}

/** Drops control characters (keeps newlines and tabs as spaces) and collapses whitespace. */
export function cleanControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What the engine reads of a raw question: mentions gone, control characters gone, bounded length. */
export function sanitizeQuery(raw: string): string {
  return cutText(cleanControl(stripMentions(cutText(raw, MAX_QUERY_CHARS * 4))), MAX_QUERY_CHARS);
}

/** Shortens a user's text for quoting in a reply ("I don't know “…”"). */
export function quoteSnippet(text: string, max = 60): string {
  const clean = cleanControl(stripMentions(text));
  return clean.length > max ? `${cutText(clean, max - 1)}…` : clean;
}
