// Traffic routed across named models by shares ("1B input tokens: 70% to gpt-4o-mini, 30% to gpt-4o"): each model's
// share of the workload billed at its own list price, and the total. Every named model needs its share and the shares
// must make up the whole; otherwise there is no routed bill (a share left over or placed nowhere is not guessed).
import type { Entity } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { formatMoney } from '../format.js';
import type { ProviderPrices } from './figures.js';
import { workloadBill } from './token-bill.js';
import { withoutNames } from './token-volume.js';
import { readWorkload, type Workload, type WorkloadWords } from './token-workload.js';

/** "70% to ", "70 % on the ", "70% →": a share written before the model it goes to. */
const SHARE_BEFORE =
  /(\d+(?:\.\d+)?)\s?%\s*(?:of\s+(?:[\w.,]+\s+){1,5}?)?(?:(?:goes|go|is|are|sent|routed)\s+)?(?:to|on|via|through|for|into|→|->|:)?\s*(?:the\s+)?$/;
/** " 70%", " gets 30%", ": 30%": a share written after the model. */
const SHARE_AFTER = /^\s*(?:gets|takes|handles|at|:|=|-|—|–|\()?\s*(\d+(?:\.\d+)?)\s?%/;

/** Where a model's name is written in the question: the first stretch its names blank. */
function nameSpan(q: string, e: Entity): [number, number] | undefined {
  const blanked = withoutNames(q, [e.name, ...e.aliases]);
  let a = -1;
  for (let i = 0; i < q.length; i++)
    if (blanked[i] !== q[i]) {
      if (a < 0) a = i;
    } else if (a >= 0) return [a, i];
  return a >= 0 ? [a, q.length] : undefined;
}

/** The routed bill's lines and total, or undefined unless every model named has one share and they sum to 100%. */
export function routedBill(
  priced: Entity[],
  rows: (e: Entity) => ProviderPrices[],
  q: string,
  blanked: string,
  words: WorkloadWords,
  citer: Citer,
): { lines: string[]; total: number } | undefined {
  if (priced.length < 2 || !/%/.test(q)) return undefined;
  const shares: Array<{ e: Entity; share: number; at: number; end: number }> = [];
  for (const e of priced) {
    const span = nameSpan(q, e);
    if (!span) return undefined;
    const before = q.slice(Math.max(0, span[0] - 40), span[0]);
    const b = SHARE_BEFORE.exec(before);
    const after = SHARE_AFTER.exec(q.slice(span[1], span[1] + 20));
    if (b && after) return undefined;
    if (b) {
      // Only the share is blanked: "80% of 500M input tokens to …" keeps its token count for the workload.
      const at = span[0] - before.length + b.index;
      shares.push({ e, share: Number(b[1]) / 100, at, end: before.indexOf('%', b.index) + 1 + at - b.index });
    } else if (after) {
      const at = span[1] + after[0].indexOf(after[1]!);
      shares.push({ e, share: Number(after[1]) / 100, at, end: span[1] + after[0].length });
    } else return undefined;
  }
  const sum = shares.reduce((s, x) => s + x.share, 0);
  if (Math.abs(sum - 1) > 0.005 || shares.some((x) => !(x.share > 0))) return undefined;
  // Every other "%" in the question is something else's (a cache share): not this reading's.
  if ((q.match(/%/g) ?? []).length !== shares.length) return undefined;
  let text = blanked;
  for (const s of shares) text = text.slice(0, s.at) + ' '.repeat(s.end - s.at) + text.slice(s.end);
  const work = readWorkload(text, words);
  if (!work) return undefined;
  const lines: string[] = [];
  let total = 0;
  const parts: string[] = [];
  for (const s of shares) {
    const part: Workload = {
      ...work,
      input: work.input * s.share,
      output: work.output * s.share,
      cached: work.cached * s.share,
      plain: work.plain * s.share,
    };
    const bill = workloadBill(s.e, rows(s.e), part, citer, q);
    if (!bill) return undefined;
    total += bill.total;
    parts.push(formatMoney(bill.total));
    const pct = `${Number((s.share * 100).toFixed(2))}%`;
    lines.push(`${pct} → ${bill.lines[0]}`, ...bill.lines.slice(1));
  }
  lines.unshift(
    `Routed across ${shares.length} models: ${formatMoney(total)}. Computed: ${parts.join(' + ')} = ${formatMoney(total)}`,
  );
  return { lines, total };
}
