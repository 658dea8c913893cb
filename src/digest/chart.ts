// The one chart a weekly digest carries: the figures that changed since the channel's last digest when two or more
// things gained a figure of one metric, otherwise a chart from a rotation that moves on each week. Daily and cron
// digests carry none (a picture every day is noise). Charts are built once per composer and reused for every
// channel that gets the same one, since a 09:00 tick composes thousands of digests.
import { buildChartReply, type ChartRequest } from '../core/chart-answer.js';
import type { Chart } from '../core/types.js';
import type { Knowledge } from '../knowledge/load.js';
import type { Entity } from '../knowledge/schema.js';
import type { Subscription } from '../storage/store.js';
import { seedOf } from './rotation.js';
import type { KnowledgeDiff } from './snapshot.js';

/** Bars in a digest chart: it shares the message with the digest, and is stored with every weekly slot. */
export const DIGEST_CHART_POINTS = 10;
const WEEK_MS = 7 * 24 * 60 * 60_000;

const base: Omit<ChartRequest, 'metric'> = {
  timeAxis: false,
  grouping: 'source',
  entities: 'all',
  kinds: ['models'],
  order: 'highest',
  limit: DIGEST_CHART_POINTS,
  words: [],
};

/** The weekly rotation, as chart requests (the same ones a question would make); metrics without figures are skipped. */
export const DIGEST_CHARTS: readonly ChartRequest[] = [
  { ...base, metric: 'training_cost' },
  { ...base, metric: 'openness', only: 'open', prominent: true },
  { ...base, metric: 'training_compute', prominent: true },
  { ...base, metric: 'output_price', prominent: true },
];

/** Chooses and builds weekly digests' charts over one knowledge load. */
export class DigestCharts {
  private readonly built = new Map<string, Chart | undefined>();

  constructor(private readonly knowledge: Knowledge) {}

  /** The chart for this subscription's digest at `now`, or undefined (not weekly, or nothing to draw). */
  chartFor(sub: Subscription, diff: KnowledgeDiff | undefined, now: Date): Chart | undefined {
    if (sub.schedule.kind !== 'weekly') return undefined;
    const changed = diff ? this.changedRequest(diff) : undefined;
    if (changed) {
      const chart = this.build(changed);
      if (chart) return chart;
    }
    // Channels start the rotation at different charts, and each moves on by one every week.
    const start = (Math.floor(now.getTime() / WEEK_MS) + seedOf(sub.id)) % DIGEST_CHARTS.length;
    for (let i = 0; i < DIGEST_CHARTS.length; i++) {
      const chart = this.build(DIGEST_CHARTS[(start + i) % DIGEST_CHARTS.length]!);
      if (chart) return chart;
    }
    return undefined;
  }

  /** The metric most new or changed figures are of, over the things that gained them, when two or more did. */
  private changedRequest(diff: KnowledgeDiff): ChartRequest | undefined {
    const byMetric = new Map<string, Map<string, Entity>>();
    const add = (entity: Entity, metric: string) => {
      if (entity.kind !== 'models' && entity.kind !== 'organisations') return;
      const set = byMetric.get(metric) ?? new Map<string, Entity>();
      set.set(entity.id, entity);
      byMetric.set(metric, set);
    };
    for (const { entity, figure } of [...diff.newFigures, ...diff.changedFigures]) add(entity, figure.metric);
    for (const e of diff.newEntities) for (const f of e.figures) add(e, f.metric);
    const [metric, entities] = [...byMetric].sort((a, b) => b[1].size - a[1].size)[0] ?? [];
    if (!metric || !entities || entities.size < 2) return undefined;
    const kinds = [...new Set([...entities.values()].map((e) => e.kind))];
    return { ...base, metric, kinds, entities: [...entities.values()] };
  }

  private build(req: ChartRequest): Chart | undefined {
    const who = req.entities === 'all' ? 'all' : req.entities.map((e) => e.id).join(',');
    const key = `${req.metric}|${req.only ?? ''}|${req.prominent ?? ''}|${who}`;
    if (!this.built.has(key)) {
      const reply = buildChartReply(this.knowledge, req);
      this.built.set(key, reply.kind === 'answer' ? reply.chart : undefined);
    }
    return this.built.get(key);
  }
}
