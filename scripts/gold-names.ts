/**
 * How the corpus scorer (../shared/tools/score-extraction.mjs) folds a name
 * and resolves it to a gold actor, for scripts whose counts must agree with
 * its scores.
 */

export interface GoldActor {
  name: string;
  type: string;
  mentions?: string[];
}

export const foldName = (s: string): string =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb"]/g, '')
    .replace(/^(the|a|an)\s+/, '')
    .replace(/[.,;:!?]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A name is the gold actor it equals (name or mention), or the one person whose last name it ends with. */
export function goldResolver(actors: readonly GoldActor[]): (name: string) => string | null {
  return (name) => {
    const n = foldName(name);
    if (!n) return null;
    for (const g of actors) if ([g.name, ...(g.mentions ?? [])].some((m) => foldName(m) === n)) return g.name;
    const persons = actors.filter(
      (g) =>
        g.type === 'Person' &&
        foldName(g.name).split(' ').pop() === n.split(' ').pop() &&
        n.split(' ').length <= foldName(g.name).split(' ').length,
    );
    return persons.length === 1 ? persons[0]!.name : null;
  };
}
