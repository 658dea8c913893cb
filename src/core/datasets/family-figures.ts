// Several members of a family asked for one figure ("TDP of an H100", "gemini 1.5 context window"): do they agree?
// One verdict for chips and models alike: one figure answers for all, a few values are listed with the members
// holding each, or the caller asks which member was meant. The wording of each outcome lives in replies.ts.

/** One member and what it gives for the figure asked: `value` is compared, `figure` is shown (with its source). */
export interface MemberFigure {
  name: string;
  value?: string;
  figure?: string;
}

/** The members giving one value, in the order given. */
export interface ValueGroup {
  value: string;
  figure: string;
  names: string[];
}

/** What several members say about one figure; `lacking` counts the members that give none. */
export type FamilyVerdict =
  | { kind: 'agree'; group: ValueGroup; lacking: number }
  | { kind: 'grouped'; groups: ValueGroup[]; lacking: number }
  | { kind: 'ask' };

/** What a shown figure says, without its bracketed source notes ("[reported · 2 Dec 2026 · genai-prices]"), so that
 * two members citing one value from different lists or dates still agree, and every value in the line is compared. */
export function figureValue(figure: string): string {
  return figure
    .replace(/\s*\[[^\]]*\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether several members agree on the figure asked. `groups`: most distinct values listed instead of asking (0: ask
 * whenever two differ); `minority`: members without the figure are tolerated while they are fewer than half (a chip
 * code's variants), otherwise every member must give one. */
export function familyVerdict(
  members: MemberFigure[],
  opts: { groups?: number; minority?: boolean } = {},
): FamilyVerdict {
  const held = members.filter((m): m is Required<MemberFigure> => Boolean(m.value && m.figure));
  const lacking = members.length - held.length;
  if (members.length < 2 || !held.length) return { kind: 'ask' };
  if (lacking && !(opts.minority && held.length * 2 >= members.length)) return { kind: 'ask' };
  const groups = new Map<string, ValueGroup>();
  for (const m of held) {
    const g = groups.get(m.value);
    if (g) g.names.push(m.name);
    else groups.set(m.value, { value: m.value, figure: m.figure, names: [m.name] });
  }
  if (groups.size === 1) return { kind: 'agree', group: [...groups.values()][0]!, lacking };
  if (groups.size <= (opts.groups ?? 0)) return { kind: 'grouped', groups: [...groups.values()], lacking };
  return { kind: 'ask' };
}
