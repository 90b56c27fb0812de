/**
 * The (skip, limit) windows a paging test reads over a list of `total` items:
 * the first page, one item, pages that cross each other's boundary, the last
 * item, past the end, and everything at once.
 */
export function pageWindows(total: number): readonly (readonly [number, number])[] {
  return [
    [0, 20],
    [0, 1],
    [3, 4],
    [7, 5],
    [Math.max(total - 1, 0), 3],
    [total + 2, 5],
    [0, 100_000],
  ];
}
