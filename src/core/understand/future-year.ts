// "what will GPT-4o cost per million tokens in 2027", "H100 rent in 2028": a year after the newest source's date
// that no figure or point of the knowledge names is a forecast the sources do not make. Today's figure shown for it
// would read as the future one.
import type { Knowledge } from '../../knowledge/load.js';

const YEAR = /\b(20\d\d)\b/g;

/** Reads, from the knowledge once, which years asked lie past it: later than every source's date and named by no
 * figure's period or point of the things the question names, or of any thing when it names none ("the priciest
 * run by 2040", "the ML market in 2030" stay answerable; "DeepSeek V3's price in 2030" does not borrow the market's
 * 2030). */
export function futureYearReader(
  kb: Knowledge,
): (years: readonly string[], ids: readonly string[], nextYear: boolean) => string | undefined {
  const present = knowledgePresentYear(kb);
  const byEntity = new Map<string, Set<number>>();
  const anywhere = new Set<number>();
  for (const e of kb.entities.values()) {
    const own = new Set<number>();
    for (const f of e.figures) for (const y of yearsIn(`${f.period} ${f.note ?? ''}`)) own.add(y);
    for (const p of e.points) for (const y of yearsIn(p.text)) own.add(y);
    if (!own.size) continue;
    byEntity.set(e.id, own);
    for (const y of own) anywhere.add(y);
  }
  // "the projection by 2030" of a thing whose projection gives no date: that projection may be the year's.
  const undated = new Set(
    [...kb.entities.values()]
      .filter((e) => e.figures.some((f) => f.basis === 'projection' && !yearsIn(f.period).length))
      .map((e) => e.id),
  );
  const named = (year: number, ids: readonly string[]) =>
    ids.length ? ids.some((id) => undated.has(id) || byEntity.get(id)?.has(year)) : anywhere.has(year);
  return (years, ids, nextYear) =>
    [...years, ...(nextYear ? [String(present + 1)] : [])].find((y) => Number(y) > present && !named(Number(y), ids));
}

/** The newest date any source carries, as a year: what "today" is to the knowledge. */
export function knowledgePresentYear(kb: Knowledge): number {
  return Math.max(...[...kb.sources.values()].flatMap((s) => yearsIn(s.as_of)));
}

const yearsIn = (text: string) => [...text.matchAll(YEAR)].map((m) => Number(m[1]));
