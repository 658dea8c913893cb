// What the knowledge looked like, reduced to what a digest diffs: entity names and each figure's value.
// Diffing two snapshots replaces a hand-kept change log.
import { createHash } from 'node:crypto';
import { formatFigureValue } from '../core/format.js';
import type { Knowledge } from '../knowledge/load.js';
import type { Entity, Figure } from '../knowledge/schema.js';

/** One figure as remembered: the text users saw and the raw numbers (a change in either counts). */
export interface FigureSnap {
  text: string;
  raw: string;
}

/** The knowledge reduced to entities and figures by stable keys. */
export interface KnowledgeSnapshot {
  v: 1;
  entities: Record<string, { name: string; figures: Record<string, FigureSnap> }>;
}

/** A figure's identity across edits: what it measures, for when, covering what, per which source. */
export function figureKey(f: Figure): string {
  return `${f.metric}|${f.period}|${f.scope}|${f.source}`;
}

/** The figures of an entity by key; a repeated key gets "#2", "#3" so none is lost. */
export function keyedFigures(entity: Entity): Array<[string, Figure]> {
  const seen = new Map<string, number>();
  return entity.figures.map((f) => {
    const base = figureKey(f);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return [n === 1 ? base : `${base}#${n}`, f];
  });
}

/** Reduces knowledge to a snapshot; key order is sorted so equal knowledge hashes equally. */
export function takeSnapshot(knowledge: Pick<Knowledge, 'entities'>): KnowledgeSnapshot {
  const entities: KnowledgeSnapshot['entities'] = {};
  for (const id of [...knowledge.entities.keys()].sort()) {
    const e = knowledge.entities.get(id)!;
    const figures: Record<string, FigureSnap> = {};
    for (const [key, f] of keyedFigures(e).sort(([a], [b]) => a.localeCompare(b)))
      figures[key] = {
        text: formatFigureValue(f),
        raw: JSON.stringify([f.value ?? f.range, f.bound, f.unit, f.currency ?? null, f.of ?? null]),
      };
    entities[id] = { name: e.name, figures };
  }
  return { v: 1, entities };
}

/** The snapshot as stored, and its content hash (the key channels' digest state points at). */
export function serializeSnapshot(snapshot: KnowledgeSnapshot): { json: string; hash: string } {
  const json = JSON.stringify(snapshot);
  return { json, hash: createHash('sha256').update(json).digest('hex').slice(0, 32) };
}

/** What changed between an old snapshot and the current knowledge. */
export interface KnowledgeDiff {
  newEntities: Entity[];
  newFigures: Array<{ entity: Entity; figure: Figure }>;
  changedFigures: Array<{ entity: Entity; figure: Figure; oldText: string }>;
  removedFigures: number;
}

/** Diffs `old` against the current knowledge; figures of new entities count under the entity, not again as new figures. */
export function diffKnowledge(old: KnowledgeSnapshot, knowledge: Pick<Knowledge, 'entities'>): KnowledgeDiff {
  const diff: KnowledgeDiff = { newEntities: [], newFigures: [], changedFigures: [], removedFigures: 0 };
  let kept = 0;
  for (const id of [...knowledge.entities.keys()].sort()) {
    const entity = knowledge.entities.get(id)!;
    const before = old.entities[id];
    if (!before) {
      diff.newEntities.push(entity);
      continue;
    }
    for (const [key, figure] of keyedFigures(entity)) {
      const was = before.figures[key];
      if (!was) diff.newFigures.push({ entity, figure });
      else {
        kept++;
        const raw = JSON.stringify([
          figure.value ?? figure.range,
          figure.bound,
          figure.unit,
          figure.currency ?? null,
          figure.of ?? null,
        ]);
        if (raw !== was.raw) diff.changedFigures.push({ entity, figure, oldText: was.text });
      }
    }
  }
  const oldTotal = Object.values(old.entities).reduce((n, e) => n + Object.keys(e.figures).length, 0);
  diff.removedFigures = oldTotal - kept;
  return diff;
}

/** True when nothing in the diff is worth a line. */
export function isEmptyDiff(diff: KnowledgeDiff): boolean {
  return diff.newEntities.length === 0 && diff.newFigures.length === 0 && diff.changedFigures.length === 0;
}
