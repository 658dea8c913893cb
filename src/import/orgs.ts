// Organisation names across data sets → one organisation each: the mapping in knowledge/import/organisations.yaml
// first, then a hand-written organisation's name or alias, else a generated organisation.
import { phraseKey } from '../knowledge/normalize.js';
import type { Entity } from '../knowledge/schema.js';
import { slug } from './names.js';

/** A row of knowledge/import/organisations.yaml. */
export interface OrgMapping {
  id: string;
  name?: string;
  names: string[];
  aliases?: string[];
}

/** An organisation the importer creates (no hand-written entry). */
export interface DraftOrg {
  id: string;
  name: string;
  aliases: Set<string>;
  models: number;
}

/** Resolves organisation names; remembers the generated ones and the aliases to add to hand-written ones. */
export class OrgResolver {
  private readonly byKey = new Map<string, string>();
  readonly generated = new Map<string, DraftOrg>();
  /** Aliases the mapping adds to hand-written organisations. */
  readonly extraAliases = new Map<string, string[]>();

  constructor(
    mappings: OrgMapping[],
    private readonly handWritten: Map<string, Entity>,
  ) {
    for (const e of handWritten.values()) {
      if (e.kind !== 'organisations') continue;
      for (const n of [e.name, ...e.aliases]) if (!this.byKey.has(phraseKey(n))) this.byKey.set(phraseKey(n), e.id);
    }
    for (const m of mappings) {
      for (const n of m.names) this.byKey.set(phraseKey(n), m.id);
      if (handWritten.has(m.id)) {
        if (m.aliases?.length) this.extraAliases.set(m.id, m.aliases);
      } else
        this.generated.set(m.id, {
          id: m.id,
          name: m.name ?? m.names[0]!,
          aliases: new Set([...(m.aliases ?? []), ...m.names.filter((n) => /\s|^[A-Z]/.test(n))]),
          models: 0,
        });
    }
  }

  /** The organisation id for a name only when it is already known (a provider's vendor prefix never creates one). */
  known(raw: string): string | undefined {
    return this.byKey.get(phraseKey(raw));
  }

  /** The organisation id for a name as a data set writes it, creating one when nothing matches. */
  resolve(raw: string): string | undefined {
    const name = raw.trim().replace(/\s+/g, ' ');
    const key = phraseKey(name);
    if (!key) return undefined;
    let id = this.byKey.get(key);
    if (!id) {
      id = slug(name.replace(/\s*\([^)]*\)/g, ''));
      if (!id || this.handWritten.has(id)) id = `${id}-org`;
      this.byKey.set(key, id);
      if (!this.generated.has(id))
        this.generated.set(id, { id, name: name.slice(0, 80), aliases: new Set(), models: 0 });
    }
    const g = this.generated.get(id);
    if (g) g.models++;
    return id;
  }
}
