/**
 * Grouping as Node 20 lacks it (Map.groupBy is Node 21+). Each group grows by
 * push: copying a group's list on every member was quadratic for a hub's
 * hundreds of propositions.
 */
export function groupBy<K, T>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
