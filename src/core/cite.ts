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
    name: s.name ?? s.id,
    title: s.title,
    asOf: s.as_of,
    ...(s.credit ? { credit: s.credit } : {}),
    ...(s.link ? { link: s.link } : {}),
  };
}

/** A reply's first line fits in a chat preview: the figure, what it covers and where from, in this many characters. */
export const HEADLINE_MAX = 200;

/** Whose words a figure sentence starts with: the entity and metric ("GPT-4 — training cost: …"), only the metric
 * ("Training cost: …", when the title already names the entity), or nothing (the title names both). */
export type Lead = 'entity' | 'metric' | 'none';

/** Builds cited text for one reply and remembers which articles it cited. */
export class Citer {
  private readonly cited = new Map<string, SourceRef>();

  constructor(private readonly kb: Knowledge) {}

  private cite(sourceId: string): string {
    const s = this.kb.sources.get(sourceId);
    if (s && !this.cited.has(sourceId)) this.cited.set(sourceId, sourceRef(s));
    return s?.name ?? sourceId;
  }

  /** The name of a source, cited. */
  nameOf(sourceId: string): string {
    return this.cite(sourceId);
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
  figuresSentence(entity: Entity, figures: Figure[], lead: Lead = 'entity'): string {
    return this.headline(entity, figures, lead).line;
  }

  /** The figures of one metric as one line of at most HEADLINE_MAX characters: in full when they fit, else each
   * value with its source only, the full provenance then going to `fields`. */
  headline(entity: Entity, figures: Figure[], lead: Lead = 'entity'): { line: string; fields: ReplyField[] } {
    const label = this.metricLabel(figures[0]!);
    const head = lead === 'entity' ? `${entity.name} — ${label}: ` : lead === 'metric' ? `${capitalise(label)}: ` : '';
    const full = this.sharedProvenance(figures) ?? this.figuresText(figures, (f) => this.figure(f));
    if (head.length + full.length + 1 <= HEADLINE_MAX) return { line: capitalise(`${head}${full}.`), fields: [] };
    const fields = figures.map((f) => ({ ...this.field(f), answers: true }));
    const short = this.figuresText(figures, (f) => this.brief(f));
    if (head.length + short.length + 1 <= HEADLINE_MAX) return { line: capitalise(`${head}${short}.`), fields };
    // Too many to list: as many as fit, the rest in the fields below.
    const parts: string[] = [];
    for (const f of figures) {
      const next = [...parts, this.brief(f)].join('; ');
      if (parts.length && head.length + next.length + 30 > HEADLINE_MAX) break;
      parts.push(this.brief(f));
    }
    const more = figures.length - parts.length;
    return { line: capitalise(`${head}${parts.join('; ')}${more ? `; ${more} more below` : ''}.`), fields };
  }

  /** Several figures from one source, of one basis and period: each value with what it covers, the provenance said
   * once ("~0.3 pt (MMLU gap); ~4.3 pt (SWE-bench gap) [reported · Feb 2026 · Open Source Paradox]"). */
  private sharedProvenance(figures: Figure[]): string | undefined {
    if (figures.length < 2) return undefined;
    const [a] = figures as [Figure];
    if (!figures.every((f) => f.source === a.source && f.basis === a.basis && f.period === a.period)) return undefined;
    return `${this.figuresText(figures, (f) => `${formatFigureValue(f)} (${f.scope})`)} [${this.provenance(a)}]`;
  }

  /** "~$5.6M (Open Source Paradox, 2024)": the value and where it comes from, for lines that must stay short. */
  brief(f: Figure): string {
    const when = f.period.length <= 12 && !/^undated/.test(f.period) ? `, ${f.period}` : '';
    return `${formatFigureValue(f)} (${this.cite(f.source)}${when})`;
  }

  /** Figures joined, saying whether the sources disagree or one source gives two values. */
  private figuresText(figures: Figure[], show: (f: Figure) => string): string {
    if (figures.length === 1) return show(figures[0]!);
    const parts = figures.map(show);
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
      const also = rest.length ? `; also ${rest.map(show).join('; ')}` : '';
      return `${this.cite(pair.source)} gives two figures for ${pair.period}: ${same.map(show).join(' vs ')}${also}`;
    }
    if (disagree) {
      // Two single values: say how far apart they are, since that is what a disagreement is worth knowing.
      const vals = figures.filter((f) => f.value !== undefined);
      const gap = vals.length === 2 && !figures.some((f) => f.range) ? Math.abs(vals[0]!.value! - vals[1]!.value!) : 0;
      const spread =
        gap && vals[0]!.unit.startsWith('money')
          ? ` — ${formatMoney(gap, vals[0]!.currency)} apart (${formatRatio(Math.max(vals[0]!.value!, vals[1]!.value!) / Math.min(vals[0]!.value!, vals[1]!.value!))})`
          : '';
      return `the sources differ: ${parts.join(' vs ')}${spread}`;
    }
    return parts.join('; ');
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
