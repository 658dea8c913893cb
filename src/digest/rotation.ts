// The rotating part of a digest: one sourced figure or comparison. Each channel walks every item in its own
// shuffled order and sees no repeat until all have been shown.
import { createHash } from 'node:crypto';
import { BASIS_WORDS, formatFigureValue, formatRatio } from '../core/format.js';
import type { ReplyField } from '../core/types.js';
import type { Knowledge } from '../knowledge/load.js';
import type { Entity, Figure } from '../knowledge/schema.js';
import { keyedFigures } from './snapshot.js';

/** One thing a digest can feature. */
export interface RotationItem {
  /** Short stable id (hash of what the item shows), stored in the channel's `shown` list. */
  id: string;
  /** 32-bit hash of the id, mixed with the channel's seed to order items per channel. */
  hash: number;
  field: ReplyField;
  sourceIds: string[];
  entityNames: string[];
}

/** Above this many figures per metric, pairs would crowd out single figures; only the first are paired. */
const MAX_PAIRED_PER_METRIC = 40;

/** "~$5.6M (compute only (final run), 2024, reported)": a figure with the context it needs to be read right. */
export function describeFigure(f: Figure): string {
  return `${formatFigureValue(f)} (${f.scope}, ${f.period}, ${BASIS_WORDS[f.basis]})`;
}

/** The label users read for a metric id. */
export function metricLabel(knowledge: Pick<Knowledge, 'metrics'>, metric: string): string {
  return knowledge.metrics.get(metric)?.label ?? metric.replace(/_/g, ' ');
}

function shortId(long: string): { id: string; hash: number } {
  const digest = createHash('sha1').update(long).digest();
  return { id: digest.toString('hex', 0, 6), hash: digest.readUInt32BE(6) };
}

/** FNV-1a: a channel's seed from its subscription id. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Every figure, and every pair of same-metric, same-unit point figures on different entities. */
export function buildRotationItems(knowledge: Pick<Knowledge, 'entities' | 'metrics'>): RotationItem[] {
  const items: RotationItem[] = [];
  const byMetric = new Map<string, Array<{ entity: Entity; key: string; figure: Figure }>>();
  for (const id of [...knowledge.entities.keys()].sort()) {
    const entity = knowledge.entities.get(id)!;
    for (const [key, figure] of keyedFigures(entity)) {
      items.push({
        ...shortId(`f:${id}|${key}`),
        field: { label: `${entity.name} — ${metricLabel(knowledge, figure.metric)}`, value: describeFigure(figure) },
        sourceIds: [figure.source],
        entityNames: [entity.name],
      });
      // Bounds ("$100M+", "under $1M") and ranges give no honest single ratio.
      if (figure.value === undefined || figure.value <= 0 || figure.bound === 'at-least' || figure.bound === 'at-most')
        continue;
      const group = `${figure.metric}|${figure.unit}|${figure.currency ?? ''}|${figure.of ?? ''}`;
      const list = byMetric.get(group) ?? [];
      if (list.length < MAX_PAIRED_PER_METRIC) list.push({ entity, key, figure });
      byMetric.set(group, list);
    }
  }
  for (const list of byMetric.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.entity.id === b.entity.id) continue;
        const [hi, lo] = a.figure.value! >= b.figure.value! ? [a, b] : [b, a];
        items.push({
          ...shortId(`c:${a.entity.id}|${a.key}~${b.entity.id}|${b.key}`),
          field: {
            label: `${a.entity.name} vs ${b.entity.name} — ${metricLabel(knowledge, a.figure.metric)}`,
            value: `${a.entity.name}: ${describeFigure(a.figure)}; ${b.entity.name}: ${describeFigure(b.figure)}. ${hi.entity.name} is ${formatRatio(hi.figure.value! / lo.figure.value!)} ${lo.entity.name}.`,
          },
          sourceIds: [...new Set([a.figure.source, b.figure.source])],
          entityNames: [a.entity.name, b.entity.name],
        });
      }
    }
  }
  return items;
}

const idSets = new WeakMap<RotationItem[], Set<string>>();
/** The ids of an item list, built once per list (10,000 digests share one). */
function idsOf(items: RotationItem[]): Set<string> {
  let set = idSets.get(items);
  if (!set) {
    set = new Set(items.map((i) => i.id));
    idSets.set(items, set);
  }
  return set;
}

/**
 * The next item for a channel and its `shown` list afterwards. Items are ordered per channel by mixing the
 * item hash with the channel seed; a new cycle starts only when every current item has been shown, and its
 * first item is never the one shown last.
 */
export function pickRotation(
  items: RotationItem[],
  seed: number,
  shown: string[],
): { item?: RotationItem; shown: string[] } {
  if (items.length === 0) return { shown: [] };
  const current = idsOf(items);
  const valid = shown.filter((id) => current.has(id));
  const fresh = new Set(valid).size >= current.size;
  const last = valid.at(-1);
  // A fresh cycle skips the previous cycle's last item only for its first pick, so nothing repeats back to back.
  const exclude = fresh ? new Set(items.length > 1 && last ? [last] : []) : new Set(valid);
  let best: RotationItem | undefined;
  let bestRank = Infinity;
  for (const item of items) {
    if (exclude.has(item.id)) continue;
    const rank = mix(item.hash ^ seed);
    if (rank < bestRank) {
      bestRank = rank;
      best = item;
    }
  }
  return { item: best, shown: fresh ? [best!.id] : [...valid, best!.id] };
}
