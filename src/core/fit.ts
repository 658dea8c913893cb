// Replies read at chat speed: the title is said once, the body stays a few lines, and the rest goes to the
// fields and notes that Slack, Discord and the terminal show folded under the answer.
import type { Reply, ReplyField } from './types.js';

/** Most body lines a reply shows by default; the rest become fields or notes. */
export const MAX_BODY_LINES = 5;
/** A bullet "• GPT-3: ~1,000 V100 GPUs [...]" whose label is this short reads as a field. */
const MAX_FIELD_LABEL = 40;

/** A line that heads the bullets under it ("Training compute:"). */
const HEADING = /^[^•].*:$/;

/** The reply with its title not repeated at the head of a line and at most MAX_BODY_LINES lines of body. */
export function fitForChat(reply: Reply): Reply {
  // Help is a list the user asked for in full.
  if (reply.kind === 'help') return reply;
  const lines = reply.lines.map((l) => withoutTitle(l, reply.title));
  if (lines.length <= MAX_BODY_LINES && lines.every((l, i) => l === reply.lines[i])) return reply;
  const fields: ReplyField[] = [];
  const notes: string[] = [];
  // A heading ("Hardware:") whose items would all be cut goes with them, never left empty at the end of the body.
  const cut =
    HEADING.test(lines[MAX_BODY_LINES - 1] ?? '') && lines[MAX_BODY_LINES]?.startsWith('• ')
      ? MAX_BODY_LINES - 1
      : MAX_BODY_LINES;
  for (const line of lines.slice(cut)) {
    const field = asField(line);
    // A line the answerer wrote (a candidate, a ranked model, a step) still answers; a quoted point does not.
    if (field) fields.push(/\[[^\]·]+\]\.?$/.test(line) ? field : { ...field, answers: true });
    else notes.push(unbullet(line));
  }
  return {
    ...reply,
    lines: lines.slice(0, cut),
    fields: [...reply.fields, ...fields],
    notes: [...reply.notes, ...notes],
  };
}

/** "DeepSeek V3 — training cost: ~$5.6M" under the title "DeepSeek V3 — training cost" reads "~$5.6M". */
function withoutTitle(line: string, title: string): string {
  if (!title || !line.toLowerCase().startsWith(title.toLowerCase())) return line;
  const rest = line.slice(title.length).replace(/^\s*[:—–-]\s*/, '');
  // Only a whole title followed by a separator counts; "GPT-4 Turbo…" under "GPT-4" is another subject.
  if (rest === line.slice(title.length) || !rest) return line;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** "• Label: value" with a short label, as a field; anything else stays prose. */
function asField(line: string): ReplyField | undefined {
  const m = /^• ([^:.]{1,200}?): (.+)$/.exec(line);
  if (!m || m[1]!.length > MAX_FIELD_LABEL) return undefined;
  return { label: m[1]!, value: m[2]! };
}

/** A body line as a note: notes carry no bullet. */
export function unbullet(line: string): string {
  return line.replace(/^• /, '');
}
