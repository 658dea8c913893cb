// Sentences about figures: value, what it covers, how it was arrived at, when, and from which article.
// Collects the sources a reply cites as it goes.
import type { Knowledge } from '../knowledge/load.js';
import type { Entity, Figure, Point, SourceEntry } from '../knowledge/schema.js';
import { BASIS_WORDS, formatFigureValue, formatMoney, formatRatio } from './format.js';
import type { ReplyField, SourceRef } from './types.js';

/** How a reply cites a source entry: short name, title, as-of, and the credit line and link when it has them. */
export function sourceRef(s: SourceEntry): SourceRef {
  return {
    id: s.id,
    title: s.title,
    asOf: s.as_of,
    ...(s.credit ? { credit: s.credit } : {}),
    ...(s.link ? { link: s.link } : {}),
  };
}

/** Builds cited text for one reply and remembers which articles it cited. */
export class Citer {
  private readonly cited = new Map<string, SourceRef>();

  constructor(private readonly kb: Knowledge) {}

  private cite(sourceId: string): string {
    const s = this.kb.sources.get(sourceId);
    if (s && !this.cited.has(sourceId)) this.cited.set(sourceId, sourceRef(s));
    return sourceId;
  }

  /** Cites a source by id without a figure (openness grades, component licences). */
  sourceOf(sourceId: string): string {
    return this.cite(sourceId);
  }

  metricLabel(f: Figure): string {
    return this.kb.metrics.get(f.metric)?.label ?? f.metric.replace(/_/g, ' ');
  }

  /** "~$5.6M [compute only (GPU hours) · reported · 2024 · paradox]": value, what it covers, how, when, where from. */
  figure(f: Figure): string {
    return `${formatFigureValue(f)} [${f.scope} · ${BASIS_WORDS[f.basis]} · ${f.period} · ${this.cite(f.source)}]`;
  }

  /** "reported · 2026 · fm-economics": how, when and where from, for lines that already state the scope. */
  provenance(f: Figure): string {
    return `${BASIS_WORDS[f.basis]} · ${f.period} · ${this.cite(f.source)}`;
  }

  /** A field: label "Training cost", value "~$5.6M [compute only · reported · 2024 · paradox]". */
  field(f: Figure, prefix?: string): ReplyField {
    const label = `${prefix ? `${prefix} ` : ''}${capitalise(this.metricLabel(f))}`;
    return {
      label,
      value: `${formatFigureValue(f)} [${f.scope} · ${BASIS_WORDS[f.basis]} · ${f.period} · ${this.cite(f.source)}]`,
    };
  }

  /** One sentence for all figures of one metric of one entity, naming disagreement between sources. */
  figuresSentence(entity: Entity, figures: Figure[]): string {
    const label = this.metricLabel(figures[0]!);
    if (figures.length === 1) return `${entity.name} — ${label}: ${this.figure(figures[0]!)}.`;
    const parts = figures.map((f) => this.figure(f));
    // A disagreement is two sources giving different values for the same period, not a series over time.
    const disagree = figures.some((f) =>
      figures.some(
        (g) => g.source !== f.source && g.period === f.period && formatFigureValue(g) !== formatFigureValue(f),
      ),
    );
    // One article giving two close but different values for the same thing and year (Meta's 2025 AI spend:
    // $72B+ and $65B) is an inconsistency worth flagging too; far-apart values are different things.
    const close = (f: Figure, g: Figure) =>
      f.value !== undefined && g.value !== undefined && Math.max(f.value, g.value) / Math.min(f.value, g.value) < 1.5;
    const pair = disagree
      ? undefined
      : figures.find((f) =>
          figures.some(
            (g) => g !== f && g.source === f.source && g.period === f.period && g.value !== f.value && close(f, g),
          ),
        );
    if (pair) {
      const same = figures.filter((f) => f.period === pair.period);
      const rest = figures.filter((f) => f.period !== pair.period);
      const also = rest.length ? `; also ${rest.map((f) => this.figure(f)).join('; ')}` : '';
      return `${entity.name} — ${label}: ${pair.source} gives two figures for ${pair.period}: ${same.map((f) => this.figure(f)).join(' vs ')}${also}.`;
    }
    if (disagree) {
      // Two single values: say how far apart they are, since that is what a disagreement is worth knowing.
      const vals = figures.filter((f) => f.value !== undefined);
      const gap = vals.length === 2 && !figures.some((f) => f.range) ? Math.abs(vals[0]!.value! - vals[1]!.value!) : 0;
      const spread =
        gap && vals[0]!.unit.startsWith('money')
          ? ` — ${formatMoney(gap, vals[0]!.currency)} apart (${formatRatio(Math.max(vals[0]!.value!, vals[1]!.value!) / Math.min(vals[0]!.value!, vals[1]!.value!))})`
          : '';
      return `${entity.name} — ${label}: the sources differ: ${parts.join(' vs ')}${spread}.`;
    }
    return `${entity.name} — ${label}: ${parts.join('; ')}.`;
  }

  /** A point as a bullet with its source. */
  point(p: Point): string {
    return `• ${p.text} [${this.cite(p.source)}]`;
  }

  sources(): SourceRef[] {
    return [...this.cited.values()];
  }
}

/** Upper-cases the first letter. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
