// The plain-text rendering of a Reply: what the terminal prints, what `ask --jsonl` returns as
// `text`, and the notification fallback on Slack and Discord.

import { stripMentions } from './safe-text.js';
import type { Reply } from './types.js';

/** Renders a reply as plain text, one block per paragraph; never contains a mass mention. */
export function renderPlainText(reply: Reply): string {
  const out: string[] = [reply.title];
  out.push(...reply.lines);
  for (const f of reply.fields) out.push(`• ${f.label}: ${f.value}`);
  for (const n of reply.notes) out.push(`Note: ${n}`);
  if (reply.sources.length)
    out.push(
      `Sources: ${reply.sources.map((s) => `${s.credit ? s.credit : `${s.name ?? s.id} (${s.asOf})`}${s.link ? ` ${s.link}` : ''}`).join('; ')}`,
    );
  if (reply.suggestions.length) out.push(`Try: ${reply.suggestions.map((s) => `“${s}”`).join(' · ')}`);
  return stripMentions(out.join('\n'));
}
