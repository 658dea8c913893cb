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

/** Removes every mention token and mass-mention word marker; safe to echo back to any platform. */
export function stripMentions(text: string): string {
  // Every mention token needs "<" or "@"; most text has neither, and the regex passes are then wasted.
  if (!text.includes('<') && !text.includes('@')) return text;
  let out = text;
  for (const [rx, to] of MASS_MENTIONS) out = out.replace(rx, to);
  return out;
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
  return cleanControl(stripMentions(raw.length > MAX_QUERY_CHARS * 4 ? raw.slice(0, MAX_QUERY_CHARS * 4) : raw)).slice(
    0,
    MAX_QUERY_CHARS,
  );
}

/** Shortens a user's text for quoting in a reply ("I don't know “…”"). */
export function quoteSnippet(text: string, max = 60): string {
  const clean = cleanControl(stripMentions(text));
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
