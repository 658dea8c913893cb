// Answers that read every model rather than one: the costliest training runs per Epoch method, the cheapest models
// above a context size, models ranked by the OSAI index (all, or the ones a question names), and what a data set
// holds as a whole. Their inputs are gathered on the first such question and kept.
import type { Knowledge } from '../../knowledge/load.js';
import type { Entity, Figure, Openness } from '../../knowledge/schema.js';
import { Citer } from '../cite.js';
import { formatCount } from '../format.js';
import { dataReply, dataUnknownReply, licenceTestLines } from '../replies.js';
import type { Reply } from '../types.js';
import { dataFigures, low, type ProviderPrices, preferred } from './figures.js';
import type { DataIntent } from './intent.js';
import { FIELD_NAMES, opennessRanking } from './openness-answers.js';
import { contextSize, modelPrices, providerLine } from './price-answers.js';
import { dataFigureLine, methodAsked } from './training-answers.js';

/** One graded system on one line: its score, how many fields are open (which, when few), and its licence's grade with
 * the licence the index names ("OLMo — 96/100, open on 11 of 12 fields; licence open: Apache 2.0 …"). */
function indexRow(o: Openness): string {
  const open = o.grades.filter((g) => g.grade === 'open');
  const which =
    open.length && open.length <= 3 ? ` (${open.map((g) => FIELD_NAMES[g.field] ?? g.field).join(', ')})` : '';
  const licence = o.grades.find((g) => g.field === 'licenses');
  const note = licence?.note ? `: ${licence.note.split(/(?<=\.)\s/)[0]!.slice(0, 90)}` : '';
  const graded = o.graded && o.graded !== o.system ? ` (graded: ${o.graded})` : '';
  return `${o.system}${graded} — ${o.score}/100, open on ${open.length} of ${o.grades.length} fields${which}${licence ? `; licence ${licence.grade}${note}` : ''} [osai-index]`;
}

/** Builds the ranking answerers over the knowledge's models; `graded` finds the index's grades for a named model. */
export function createRankings(
  kb: Knowledge,
  models: Entity[],
  entity: (id: string) => Entity | undefined,
  graded: (e: Entity, typed: string) => Entity | undefined,
) {
  // Rankings read every model: their inputs are gathered on the first ranking question and kept.
  const byMethod = new Map<string, Array<{ e: Entity; f: Figure }>>();
  /** Every Epoch training cost of one method, costliest first. */
  function costliest(method: string): Array<{ e: Entity; f: Figure }> {
    let rows = byMethod.get(method);
    if (!rows) {
      rows = models
        .flatMap((e) => dataFigures(e, 'training_cost', method).map((f) => ({ e, f })))
        .sort((a, b) => (b.f.value ?? 0) - (a.f.value ?? 0));
      byMethod.set(method, rows);
    }
    return rows;
  }
  let withContext: Array<{ e: Entity; rows: ProviderPrices[] }> | undefined;
  /** Models with a context window at some provider, and their price rows. */
  function contextRows(): Array<{ e: Entity; rows: ProviderPrices[] }> {
    withContext ??= models
      .map((e) => ({ e, rows: modelPrices(e, entity) }))
      .filter(({ rows }) => rows.some((r) => r.context.length));
    return withContext;
  }

  /** The named models ranked by the index's score, each with its open / partial / closed fields. */
  function namedOpenness(subjects: Entity[][], typed: string[]): Reply | undefined {
    const citer = new Citer(kb);
    const rows = subjects.flatMap((s, k) => {
      const g = s.map((e) => graded(e, typed[k] ?? '')).find(Boolean);
      return g?.kind === 'models' && g.openness ? [{ typed: typed[k] ?? g.name, e: g, o: g.openness }] : [];
    });
    if (rows.length < 2) return undefined;
    citer.sourceOf('osai-index');
    rows.sort((a, b) => b.o.score - a.o.score);
    const lines = rows.map((r, i) => `${i + 1}. ${indexRow(r.o)}`);
    const [top, next] = [rows[0]!, rows[1]!];
    lines.unshift(
      top.o.score === next.o.score
        ? `${top.o.system} and ${next.o.system} score the same on the OSAI index (${top.o.score}/100).`
        : `Most open of these: ${top.o.system} (${top.o.score}/100 on the OSAI index, against ${next.o.score}/100 for ${next.o.system}).`,
    );
    return dataReply('Named models ranked by openness (OSAI index)', lines, citer.sources());
  }

  function answerRanking(intent: DataIntent, q: string, sources: Set<string>, named: boolean): Reply | undefined {
    const citer = new Citer(kb);
    if (intent === 'source-stats') return named ? undefined : sourceStats(q, sources, citer);
    if (intent === 'licence-test') {
      if (named) return undefined;
      const licences = [...kb.entities.values()].filter((l) => l.kind === 'licences');
      const passing = licences.filter((l) => l.kind === 'licences' && l.truly_open);
      if (!passing.length) return undefined;
      // The points that state the test are where it comes from.
      for (const l of licences)
        for (const p of l.points) if (p.topics?.some((t) => /truly open/.test(t))) citer.sourceOf(p.source);
      const failing = licences.filter((l) => l.kind === 'licences' && !l.truly_open).slice(0, 4);
      return dataReply(
        'Licences the articles count as truly open',
        licenceTestLines(
          passing.map((l) => l.name),
          failing,
        ),
        citer.sources(),
      );
    }
    if (intent === 'openness-ranking') {
      // "top 10 most open": that many; otherwise the five a chat reply shows.
      const top = Number(/\btop (\d{1,2})\b/.exec(q)?.[1] ?? 5);
      // "least open", "most closed": the bottom of the index first.
      const least = /\b(less|least) open\b|\b(more|most) (closed|restrictive)\b/.test(q);
      const lines = opennessRanking(models, citer, Math.max(1, Math.min(top, 20)), least);
      const title = least ? 'Least open models (OSAI index)' : 'Models ranked by openness (OSAI index)';
      return lines.length ? dataReply(title, lines, citer.sources()) : undefined;
    }
    if (intent === 'training-ranking') {
      if (!/\b(epoch|method|cloud|amorti[sz]ed|upfront|20[12]\d)\b/.test(q)) return undefined;
      // "2023-dollar estimates" names the money's year, not the runs'.
      const year = /\b(20[12]\d)\b(?![- ]?(dollars?|usd|\$))/.exec(q)?.[1];
      const method = methodAsked(q);
      const methods = method ? [method] : ['amortised', 'cloud', 'upfront'];
      const lines: string[] = [];
      for (const m of methods) {
        const rows = costliest(m)
          .filter(({ f }) => !year || f.period === year)
          .slice(0, 5);
        if (!rows.length) continue;
        lines.push(`${rows[0]!.f.scope}:`);
        for (const { e, f } of rows) lines.push(`• ${e.name}: ${dataFigureLine(f, citer)}`);
      }
      if (!lines.length) return dataUnknownReply(`training runs${year ? ` of ${year}` : ''}`, ['training cost']);
      return dataReply(
        `Most expensive training runs${year ? ` of ${year}` : ''} (Epoch AI, per method)`,
        lines,
        citer.sources(),
        ['Each method is ranked on its own: amortised hardware + energy, cloud rental, upfront cluster purchase.'],
      );
    }
    if (intent === 'context-ranking') {
      const min = contextSize(q);
      if (!min) return undefined;
      const rows = contextRows()
        .flatMap(({ e, rows }) => {
          const row = rows.find((r) => r.context.some((c) => (c.value ?? 0) >= min));
          return row ? [{ e, row }] : [];
        })
        .sort((a, b) => low(a.row.input) - low(b.row.input) || a.e.name.localeCompare(b.e.name))
        .slice(0, 8);
      if (!rows.length) return undefined;
      const lines = rows.map(({ e, row }) => {
        const ctx = preferred(row.context)!;
        return `• ${e.name} — ${providerLine(row, citer, [])}; context ${formatCount(ctx.value!)} tokens`;
      });
      return dataReply(
        `Cheapest models with a context window of at least ${formatCount(min)} tokens`,
        lines,
        citer.sources(),
      );
    }
    return undefined;
  }

  /** A data set as a whole: how many systems, models or chips it holds; which systems are open on every field. */
  function sourceStats(q: string, sources: Set<string>, citer: Citer): Reply | undefined {
    if (sources.has('osai-index')) {
      const graded = new Map<string, Entity>();
      for (const e of models) if (e.kind === 'models' && e.openness) graded.set(e.openness.system, e);
      const title = citer.sourceOf('osai-index');
      if (/\bhow many\b/.test(q))
        return dataReply(
          `${title} — coverage`,
          [`The ${title} grades ${formatCount(graded.size)} systems on 12 fields.`],
          citer.sources(),
        );
      // "what does each category of the index measure" asks no grade: only "open on every field" is listed.
      if (!/\bopen\b/.test(q)) return undefined;
      const full = [...graded.values()].filter(
        (e) =>
          e.kind === 'models' &&
          e.openness!.grades.length === 12 &&
          e.openness!.grades.every((g) => g.grade === 'open'),
      );
      const names = full.map((e) => (e.kind === 'models' ? e.openness!.system : e.name)).sort();
      return dataReply(
        `${title} — open on every field`,
        [names.length ? `Open on all 12 fields: ${names.join(', ')}.` : 'No system is graded open on all 12 fields.'],
        citer.sources(),
      );
    }
    const chipsAsked = /\b(chips|gpus|accelerators)\b/.test(q);
    const counted = (chipsAsked ? ['epoch-hardware'] : ['mot', 'epoch-models']).find((id) => sources.has(id));
    if (!counted || !/\bhow many\b/.test(q)) return undefined;
    const n =
      counted === 'mot'
        ? models.filter((e) => e.kind === 'models' && e.components?.length).length
        : counted === 'epoch-hardware'
          ? [...kb.entities.values()].filter((e) => e.kind === 'chips').length
          : models.filter((e) => (e.data ?? []).some((f) => f.source === 'epoch-models')).length;
    const title = citer.sourceOf(counted);
    const what = counted === 'mot' ? 'model releases' : counted === 'epoch-hardware' ? 'chips' : 'models';
    return dataReply(
      `${title} — coverage`,
      [`The imported ${title} holds ${formatCount(n)} ${what}.`],
      citer.sources(),
    );
  }

  return { answerRanking, namedOpenness };
}
