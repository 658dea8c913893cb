// The engine: parse → resolve → answer or compute → Reply. Pure and synchronous after construction.
import type { Knowledge } from '../knowledge/load.js';
import type { Engine, Query, Reply } from './types.js';
import type { CommandSpec } from './commands.js';
import { ENGINE_COMMANDS } from './commands.js';

/** Options: extra command specs (e.g. digest) shown in help. */
export interface EngineOptions {
  extraCommands?: () => CommandSpec[];
}

/** Builds the engine over validated knowledge. (Work in progress: full resolution lands next.) */
export function createEngine(knowledge: Knowledge, options: EngineOptions = {}): Engine {
  return {
    answer(query: Query): Reply {
      const specs = [...ENGINE_COMMANDS, ...(options.extraCommands?.() ?? [])];
      const e = [...knowledge.entities.values()].find((x) => query.text.toLowerCase().includes(x.name.toLowerCase()));
      if (!e) return { kind: 'help', title: 'aiecon help', lines: specs.map((s) => `${s.name} ${s.usage} — ${s.summary}`), fields: [], notes: [], sources: [], suggestions: [] };
      return { kind: 'answer', title: e.name, lines: [e.description], fields: e.figures.map((f) => ({ label: f.metric, value: String(f.value ?? f.range) })), notes: [], sources: [], suggestions: [] };
    },
  };
}
