// A change asked between two compared things' sourced figures: "GPT-4 vs GPT-4 Turbo — what % cut?", "Llama 2 70B
// → Llama 3, by what % did training cost go up?", "GPT-3 (2020) to GPT-4 (2023): implied yearly growth?". Each
// figure keeps its source; the change runs from the earlier figure to the later one (else in the order named), and
// over the years between them when a compound rate is asked.
import type { Entity, Figure } from '../knowledge/schema.js';
import { changeLines } from './answer/change.js';
import { COMPOUND_ASKED } from './answer/sourced-change.js';
import type { Citer } from './cite.js';
import { figureNumbers, formatFigureValue, formatMoney } from './format.js';

/** A percentage asked of a move: "% cut", "by what % did it go up", "percent decrease". */
const PERCENT = /%|\bper ?cent(?:age)?\b|\bby how much\b/;
const MOVE =
  /\b(?:cut|cuts|drop(?:ped)?|decrease[ds]?|decline[ds]?|fall|fell|reduction|increase[ds]?|rise|rose|go(?:ne)? up|went up|grow|grew|growth|jump(?:ed)?|climb(?:ed)?|change[ds]?)\b/;
/** The user's own order of the two sides: "from A to B", "A -> B", "A → B". */
const ORDERED = /\bfrom\b.+\bto\b|->|→/;
const YEAR = /\b(?:19[5-9]\d|20\d\d)\b/;

/** The change asked, or none: a compound rate per year, or a percentage change. */
export function changeAsked(lowered: string): 'compound' | 'percent' | undefined {
  if (COMPOUND_ASKED.test(lowered)) return 'compound';
  return PERCENT.test(lowered) && MOVE.test(lowered) ? 'percent' : undefined;
}

/** A figure's year: its period's, else the year the thing came out (a model's training cost belongs to its year). */
function yearOf(f: Figure, e: Entity): number | undefined {
  const y = YEAR.exec(f.period)?.[0];
  if (y) return Number(y);
  return 'year' in e && typeof e.year === 'number' ? e.year : undefined;
}

/** The worked change for each pair of compatible figures, earlier side first; none when nothing can be worked. */
export function changeBetweenSides(
  [a, figsA]: [Entity, Figure[]],
  [b, figsB]: [Entity, Figure[]],
  asked: 'compound' | 'percent',
  compatible: (x: Figure, y: Figure) => boolean,
  citer: Citer,
  lowered: string,
  years: readonly string[] = [],
): string[] | undefined {
  const lines: string[] = [];
  for (const fa of figsA)
    for (const fb of figsB) {
      if (!compatible(fa, fb)) continue;
      let [ya, yb] = [yearOf(fa, a), yearOf(fb, b)];
      // "from GPT-3 in 2020 to GPT-4 in 2023": the years the user puts on the sides, in the order named.
      const said = [...new Set(years)].map(Number);
      if ((ya === undefined || yb === undefined) && said.length === 2) [ya, yb] = said as [number, number];
      // A move runs between two points in time, or from one model to its successor, or in the order the user
      // writes ("from OpenAI to Anthropic"); two companies' same-year revenues are no change ("revenue growth %").
      const dated = ya !== undefined && yb !== undefined && ya !== yb;
      if (!dated && !(a.kind === 'models' && b.kind === 'models') && !ORDERED.test(lowered)) continue;
      const flip = ya !== undefined && yb !== undefined && yb < ya;
      const [from, to] = flip
        ? [
            [b, fb, yb],
            [a, fa, ya],
          ]
        : [
            [a, fa, ya],
            [b, fb, yb],
          ];
      const [e0, f0, y0] = from as [Entity, Figure, number | undefined];
      const [e1, f1, y1] = to as [Entity, Figure, number | undefined];
      const periods = y0 !== undefined && y1 !== undefined && y1 > y0 ? y1 - y0 : undefined;
      if (asked === 'compound' && periods === undefined) continue;
      const ends = (f: Figure) => (f.range ? (['low end', 'top end'] as const) : ([undefined] as const));
      const n0 = figureNumbers(f0);
      const n1 = figureNumbers(f1);
      const money = (n: number) => formatMoney(n, f0.currency);
      for (const [i, v0] of n0.entries())
        for (const [j, v1] of n1.entries()) {
          const label = (e: Entity, f: Figure, end: string | undefined, v: number) =>
            `${e.name}${end ? ` ${end}` : ''} (${end ? `${money(v)} of ` : ''}${formatFigureValue(f)}, ${citer.nameOf(f.source)})`;
          const quantity = (e: Entity, f: Figure, end: string | undefined, v: number) => ({
            value: v,
            dims: f.unit === 'money' ? { usd: 1 } : {},
            raw: label(e, f, end, v),
            at: -1,
          });
          const worked = changeLines(
            {
              kind: 'change',
              from: quantity(e0, f0, ends(f0)[i], v0),
              to: quantity(e1, f1, ends(f1)[j], v1),
              ...(asked === 'compound' && periods ? { periods, per: 'year', span: `${y0}→${y1}` } : {}),
            },
            money,
          );
          if (!Array.isArray(worked)) return undefined;
          lines.push(...worked);
        }
    }
  return lines.length ? lines : undefined;
}
