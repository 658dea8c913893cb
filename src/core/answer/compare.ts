// Two or more things side by side: each side's figure and the computed ratio and difference.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import { STOPWORDS, type Token, words } from '../../knowledge/normalize.js';
import { compareAnswer } from '../compare.js';
import { askedRatio, derivedCompare } from '../compare-derived.js';
import type { Mention } from '../resolve.js';
import type { Answerer } from './context.js';

export const answerCompare: Answerer = (q, ctx) => {
  const sides = withoutClasses(
    ctx.index,
    withoutExamples(
      q.text.toLowerCase(),
      q.res.tokens,
      withoutPublishers(ctx.index, q.candidates, q.lowered, q.metrics),
    ),
  );
  if (sides.length < 2) return undefined;
  // "valuation-to-revenue multiple: A vs B": the ratio worked per side, then the sides' ratios compared.
  const ratio = askedRatio(ctx.index, q.plain);
  const derived = ratio && derivedCompare(ctx.index, sides, ratio, q.metrics);
  if (derived) return derived;
  return compareAnswer(
    ctx.index,
    q.res,
    sides,
    q.lowered,
    q.explicitCompare,
    q.quantities.map((x) => x.value),
  );
};

/** "GPT-3: the wiki's figure vs Epoch's estimate": a data set's publisher named beside a model is the source of a
 * figure, not a side; its own figures (Epoch AI's 2040 projection) compared with the model's would be nonsense. */
export function withoutPublishers(
  index: KnowledgeIndex,
  candidates: Mention[],
  lowered: string,
  metrics: string[],
): Mention[] {
  const publishers = new Set(
    [...index.kb.sources.values()].flatMap((s) => (s.publisher ? [s.publisher.toLowerCase()] : [])),
  );
  const entityOf = (m: Mention) => index.entity(m.ids[0]!);
  if (!candidates.some((m) => entityOf(m)?.kind === 'models')) return candidates;
  const asked = new Set(words(lowered));
  return candidates.filter((m) => {
    const e = entityOf(m);
    if (!(e?.kind === 'organisations' && publishers.has(e.name.toLowerCase()))) return true;
    // "Epoch's 2040 projection for the priciest run": a figure of its own, named by what it covers, is a side.
    const own = new Set(words(`${e.name} ${e.aliases.join(' ')}`));
    const telling = (w: string) => !STOPWORDS.has(w) && !GENERIC_FIGURE_WORDS.has(w) && !own.has(w) && asked.has(w);
    return e.figures.some(
      (f) => (!metrics.length || metrics.includes(f.metric)) && words(`${f.scope} ${f.period}`).some(telling),
    );
  });
}

/** "growth in frontier training cost from gpt-3 (2020) to gemini ultra (2024)": a market or topic named beside two
 * or more models is the class they are set side by side in, not a third side whose range would stand for one end. */
export function withoutClasses(index: KnowledgeIndex, sides: Mention[]): Mention[] {
  const kind = (m: Mention) => index.entity(m.ids[0]!)?.kind;
  if (sides.filter((m) => m.ids.length === 1 && kind(m) === 'models').length < 2) return sides;
  return sides.filter((m) => kind(m) !== 'markets' && kind(m) !== 'concepts');
}

/** Words any training figure's scope may hold, which say nothing about which figure is meant. */
const GENERIC_FIGURE_WORDS = new Set(['training', 'run', 'cost', 'costs', 'model', 'models', 'estimate', 'by']);

/** "the closed-model layer (openai, anthropic)": names in brackets right after another name are examples of it, not
 * sides to set against it; "a/b vs c" sets one side, named twice, against c. `plain` is the text the tokens were read
 * from, lower-cased. */
export function withoutExamples(plain: string, tokens: readonly Token[], sides: Mention[]): Mention[] {
  // Where each name stands in the text, from the offsets of its first and last word.
  const spans = sides.map((m): [number, number] | undefined => {
    const first = tokens[m.start];
    const last = tokens[m.end - 1];
    return first && last ? [first.start, last.end] : undefined;
  });
  const inBracketsAfterName = (i: number) => {
    const span = spans[i];
    if (!span) return false;
    const open = plain.lastIndexOf('(', span[0]);
    if (open < 0 || plain.slice(open, span[0]).includes(')')) return false;
    const close = plain.indexOf(')', span[1]);
    // "openai (vs anthropic)": a comparison written in brackets is still one.
    if (close < 0 || /\b(vs|versus|against|compared)\b/.test(plain.slice(open, close))) return false;
    // The bracket opens right after another side's name.
    return spans.some((o, j) => j !== i && o !== undefined && o[1] <= open && /^[\s-]*$/.test(plain.slice(o[1], open)));
  };
  // "nvidia/chip layer vs the closed model layer": two names joined by a slash are one side named twice; the later
  // name stands for it when a third side is there to set it against.
  const slashedBefore = (i: number) => {
    const span = spans[i];
    return (
      sides.length >= 3 &&
      span !== undefined &&
      spans.some((o, j) => j !== i && o !== undefined && /^\s*\/\s*$/.test(plain.slice(span[1], o[0])))
    );
  };
  const kept = sides.filter((_, i) => !inBracketsAfterName(i) && !slashedBefore(i));
  return kept.length ? kept : sides;
}
