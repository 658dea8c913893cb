// The plain-text rendering of a Reply: what the terminal prints, what `ask --jsonl` returns as
// `text`, and the notification fallback on Slack and Discord. It reads at chat speed: one answer line (figure,
// scope, source; the title folded in), then at most a few lines that answer the question. Related figures,
// caveats, sources already cited and suggestions stay in the Reply for the renderers that fold them.

import { stripMentions } from './safe-text.js';
import type { Reply, ReplyField, SourceRef } from './types.js';

/** Lines after the answer line filled by supporting points; lines that answer (calculation steps, each source's
 * figure, candidates) are never cut for it. */
export const MAX_SUPPORT_LINES = 5;
/** Kinds whose every part the user asked for (help lists commands, a digest is a composed document). */
const WHOLE_KINDS = new Set<Reply['kind']>(['help', 'digest', 'notice']);
/** A point quoted from an article: a bullet ending in its source's name only ("… [Open Source Paradox]"). */
const PASSAGE = /^• .*\[[^\]·]+\]\.?$/;
/** Notes that change how the answer reads and so stay: a decline, which one to ask for, how a described subject
 * was read, a source giving another figure for the same thing (disagreement stays visible), the data sets' own
 * answer to the question. */
const KEY_NOTE =
  /^(I don't|I do not|Read “|From the data sets:)|ask for one by name|which one|for the same year|gives two (figures|numbers)|elsewhere says|\bdiffers:/i;
/** A note that is a point quoted from an article (one the answerer moved out of the body): "… [Source]". */
const POINT_NOTE = /\[[^\]·]+\]\.?$/;
/** The heading the data sets' own answer goes under, after the articles' lines. */
const DATA_HEADING = 'From the data sets:';
/** Notes that only restate a figure already shown ("Shown as ~$600M+"). */
const RESTATING_NOTE = /^Shown as /;

/** Renders a reply as plain text at chat speed; never contains a mass mention. */
export function renderPlainText(reply: Reply): string {
  if (WHOLE_KINDS.has(reply.kind)) return renderFullText(reply);
  const lead = answerLine(reply);
  const out = [lead];
  const seen = (line: string) => out.some((o) => o === line || o.includes(unbulleted(line)));
  const rest = reply.lines.slice(1);
  // Lines the answerer wrote that are not quoted points answer the question: steps, pairs, candidates, ranks.
  const dataAt = rest.indexOf(DATA_HEADING);
  const dataLines = dataAt >= 0 ? rest.slice(dataAt).filter((l) => !PASSAGE.test(l)) : [];
  for (const line of dataAt >= 0 ? rest.slice(0, dataAt) : rest) if (!PASSAGE.test(line) && !seen(line)) out.push(line);
  out.push(...answeringFields(reply.fields.filter((f) => f.answers && !showsField(out, f))));
  const notes = groupedNotes(reply.notes);
  const key = notes.filter((n) => KEY_NOTE.test(n) && !RESTATING_NOTE.test(n) && !seen(n)).map((n) => `Note: ${n}`);
  // The data sets' own answer goes last, so no article line reads as if it came from the data sets.
  const fromData = key.filter((n) => n.startsWith('Note: From the data sets:'));
  out.push(...key.filter((n) => !fromData.includes(n)));
  // Quoted points, then the other figures and notes, fill what room is left (one place kept for a figure), those
  // sharing most words with the question first; one that only restates the answer line's figures adds nothing.
  const room = Math.max(0, 1 + MAX_SUPPORT_LINES - out.length);
  const fresh = (c: string) => !seen(c) && !restates(lead, c);
  const points = [
    ...rest.filter((l) => PASSAGE.test(l)),
    ...notes.filter((n) => POINT_NOTE.test(n) && !KEY_NOTE.test(n)).map((n) => `Note: ${n}`),
  ].filter(fresh);
  const others = [
    ...reply.fields.filter((f) => !f.answers && !showsField(out, f)).map(fieldLine),
    ...notes
      .filter((n) => !POINT_NOTE.test(n) && !KEY_NOTE.test(n) && !RESTATING_NOTE.test(n))
      .map((n) => `Note: ${n}`),
  ].filter(fresh);
  const last = dataLines.length + fromData.length;
  out.push(...mostRelevant([...points, ...others], room - last, reply.about?.question, points.length));
  out.push(...dataLines, ...fromData);
  const sources = sourcesLine(reply.sources, out.join('\n'));
  if (sources) out.push(sources);
  return stripMentions(out.join('\n'));
}

/** Every part of a reply, one block per paragraph: for checks that must see all of it and for kinds read whole. */
export function renderFullText(reply: Reply): string {
  const out: string[] = [reply.title];
  out.push(...reply.lines);
  for (const f of reply.fields) out.push(fieldLine(f));
  for (const n of reply.notes) out.push(`Note: ${n}`);
  if (reply.sources.length) out.push(`Sources: ${reply.sources.map(sourceText).join('; ')}`);
  if (reply.suggestions.length) out.push(`Try: ${reply.suggestions.map((s) => `“${s}”`).join(' · ')}`);
  return stripMentions(out.join('\n'));
}

/** The first line with the title folded in: said once, and left out when the line already names the subject. */
export function answerLine(reply: Reply): string {
  const first = reply.lines[0];
  if (!first) return reply.title;
  if (!reply.title || namesSubject(first, reply.title)) return first;
  // A calculation's generic title ("Cost split") over a whole sentence adds nothing the sentence does not say.
  const generic = (reply.kind === 'calculation' || reply.kind === 'clarify') && !reply.title.includes(' — ');
  if (generic && /^[A-Z$].*[.!?]$/.test(first) && first.split(' ').length >= 5) return first;
  return `${reply.title}: ${first}`;
}

/** The title's subject ("Llama 4" of "Llama 4 — training cost", "Llama" of "Which Llama?") appears in the line. */
function namesSubject(line: string, title: string): boolean {
  const subject = title
    .replace(/^Which\s+/, '')
    .replace(/^Not in my sources:\s*/, '')
    .split(' — ')[0]!
    .replace(/[?:]+$/, '')
    .trim()
    .toLowerCase();
  return subject.length > 0 && line.toLowerCase().includes(subject);
}

const fieldLine = (f: ReplyField) => `• ${f.label}: ${f.value}`;
/** "~$170M [training run estimate · estimate · 2024 · Foundation Model Economics]": value, scope, basis, when, source. */
const PROVENANCE = /^(.+?) \[([^\]·]+) · ([^\]·]+) · [^\]]+\]$/;

/** Fields that answer: several figures of one metric say in one line what each covers (the answer line already
 * gives each value's source and year); any other stays a line of its own. */
function answeringFields(fields: ReplyField[]): string[] {
  const out: string[] = [];
  for (const label of [...new Set(fields.map((f) => f.label))]) {
    const group = fields.filter((f) => f.label === label);
    const parts = group.map((f) => PROVENANCE.exec(f.value));
    if (group.length < 2 || parts.some((p) => !p)) out.push(...group.map(fieldLine));
    else out.push(`• ${label}, what each covers: ${parts.map((p) => `${p![1]} — ${p![2]}, ${p![3]}`).join('; ')}`);
  }
  return out;
}

/** Notes with a heading ("From the data sets:", "Hardware:") joined to the notes under it, as one note. */
function groupedNotes(notes: string[]): string[] {
  const out: string[] = [];
  let open = false;
  for (const n of notes) {
    const heading = n.endsWith(':');
    const point = POINT_NOTE.test(n) && !n.includes(' · ');
    if (open && !point) {
      const last = out.length - 1;
      out[last] = `${out[last]}${out[last]!.endsWith(':') ? ' ' : '; '}${n}`;
    } else {
      out.push(n);
      open = heading;
    }
  }
  return out;
}
const unbulleted = (line: string) => line.replace(/^• /, '');

/** The field's figure and its provenance already stand in a line shown. */
function showsField(out: string[], f: ReplyField): boolean {
  // A candidate's figures ("• GPT-4: …") may repeat another's; only a line naming the same thing shows them.
  const named = (o: string) => !f.answers || o.toLowerCase().includes(f.label.toLowerCase());
  return out.some(
    (o) => named(o) && (o.includes(f.value) || (o.includes(f.value.replace(/ \[.*$/, '')) && o.includes('['))),
  );
}

/** The `n` candidates sharing most words with the question, a word counting less the more candidates share it
 * (ties in the given order); kept in the given order. */
function mostRelevant(candidates: string[], n: number, question: string | undefined, points = n): string[] {
  if (n <= 0) return [];
  if (candidates.length <= n) return candidates;
  // "besides cheaper hardware and quantization, what …": what the user set aside counts against a candidate.
  const aside = SET_ASIDE.exec(question ?? '')?.[1] ?? '';
  const excluded = new Set(stems(aside));
  const asked = new Set(stems((question ?? '').replace(aside, '')).filter((w) => !excluded.has(w)));
  const words = candidates.map((c) => new Set(stems(c.replace(/\s*\[[^\]]*\]\.?$/, '')).filter((w) => asked.has(w))));
  const spread = (w: string) => words.filter((ws) => ws.has(w)).length;
  // The first `points` candidates explain; a related figure or note after them counts half for the same words. A
  // point the answerer put in the body (not a note) starts a little ahead.
  const setAside = (i: number) => new Set(stems(candidates[i]!).filter((w) => excluded.has(w))).size;
  const score = (ws: Set<string>, i: number) =>
    (i < points ? 1 : 0.5) * [...ws].reduce((sum, w) => sum + 1 / spread(w), 0) +
    (PASSAGE.test(candidates[i]!) ? BODY_POINT_BONUS : 0) -
    (setAside(i) ? SET_ASIDE_PENALTY : 0);
  return candidates
    .map((c, i) => ({ c, i, s: score(words[i]!, i) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, n)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.c);
}

/** The part of a question the user sets aside: "besides/apart from/other than … ," up to the comma or the end. */
const SET_ASIDE = /\b(?:besides|apart from|aside from|other than|except(?: for)?)\b([^,?;]*)/i;

/** What naming something the user set aside costs a candidate: it may still be the one that answers ("beyond GPU
 * time, the author counts …"), so about two shared words outweigh it. */
const SET_ASIDE_PENALTY = 0.5;

/** What a point the answerer kept in the body counts for over notes and other figures: less than one shared word. */
const BODY_POINT_BONUS = 0.25;

/** Content words cut to a common stem ("quantization" and "quantized" → "quant"), stopwords left out. */
function stems(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9][a-z0-9-]*/g) ?? [])
    .filter((w) => w.length > 2 && !STOPWORDS.has(w))
    .map((w) => w.replace(/(ations?|ings?|ed|es|s|e|ly)$/, '').slice(0, 5));
}

/** Words too common in questions or in the knowledge ("open", "model") to tell one candidate from another. */
const STOPWORDS = new Set(
  "open model models the and for are was were has have had does did its it's this that these those with from into what which who whom whose why how when where than then them they their there about over under more most much many can could would should will just also not but all any one own per our out you your his her she him".split(
    ' ',
  ),
);

/** A quoted point whose figures (money, ratios, percentages) all stand in the text already adds no figure. */
function restates(shown: string, line: string): boolean {
  const body = line.replace(/\s*\[[^\]]*\]\.?$/, '');
  const said = figuresIn(body);
  if (!said.length) return false;
  const have = figuresIn(shown);
  if (!said.every((x) => have.some((h) => Math.abs(h - x) <= Math.abs(x) * 0.02))) return false;
  // Any other number ("not 3.1") or more than a few words the answer line lacks make it say something new.
  const numbers = (t: string): string[] => t.match(/\d+(?:[.,]\d+)*/g) ?? [];
  if (numbers(body).some((x) => !numbers(shown).includes(x))) return false;
  const known = new Set(stems(shown));
  return stems(body).filter((w) => !/\d/.test(w) && !known.has(w)).length <= MAX_NEW_WORDS_IN_RESTATEMENT;
}

/** Words a point may add to the answer line's figures and still only restate it ("the author estimates … at"). */
const MAX_NEW_WORDS_IN_RESTATEMENT = 3;

const SCALE: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Money amounts, ratios and percentages written in a text, as numbers ("$1.3B" → 1.3e9, "20x" → 20). */
function figuresIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\$\s?(\d[\d,]*(?:\.\d+)?)\s?(k|m|b|t|million|billion|trillion)?\b/gi))
    out.push(Number(m[1]!.replace(/,/g, '')) * (m[2] ? SCALE[m[2].toLowerCase()]! : 1));
  for (const m of text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s?(?:x\b|×|%|-fold)/gi))
    out.push(Number(m[1]!.replace(/,/g, '')));
  return out;
}

/** "Sources: …" when the text shown cites none of them, or a data set's licence asks for its credit line. */
function sourcesLine(sources: SourceRef[], shown: string): string | undefined {
  if (!sources.length) return undefined;
  const cited = sources.some((s) => shown.includes(s.name ?? s.id));
  const owed = sources.filter((s) => s.credit || !cited);
  return owed.length ? `Sources: ${owed.map(sourceText).join('; ')}` : undefined;
}

const sourceText = (s: SourceRef) =>
  `${s.credit ? s.credit : `${s.name ?? s.id} (${s.asOf})`}${s.link ? ` ${s.link}` : ''}`;
