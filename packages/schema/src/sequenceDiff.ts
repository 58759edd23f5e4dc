import { diffArrays } from 'diff'

/** One step of a diff between two sequences. */
export type DiffOp<T> =
  { op: 'equal'; a: T; b: T } | { op: 'delete'; a: T } | { op: 'insert'; b: T }

/**
 * A shortest edit script between `a` and `b` (Myers' algorithm, from the `diff` package): time
 * grows with the lengths times the number of edits, so a few edits in a long plan stay cheap.
 * Between two equal runs, deletions come before insertions, so a replaced run reads "old, then
 * new" (`diffPlans` pairs them in that order). Where several shortest scripts exist, which
 * equal items get aligned is Myers' choice.
 */
export const diffSequences = <T>(
  a: readonly T[],
  b: readonly T[],
  same: (x: T, y: T) => boolean,
): DiffOp<T>[] => {
  // Common ends are matched first, as the quadratic table this replaced did: it keeps its
  // alignment where ties are possible (a space before or after an inserted word).
  let start = 0
  while (start < a.length && start < b.length && same(a[start] as T, b[start] as T)) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && same(a[endA - 1] as T, b[endB - 1] as T)) {
    endA--
    endB--
  }
  const ops: DiffOp<T>[] = []
  for (let k = 0; k < start; k++) ops.push({ op: 'equal', a: a[k] as T, b: b[k] as T })
  // A change carries a count: items are taken from `a` and `b` by position, because an
  // equal change's `value` holds only the items of `b`.
  const changes = diffArrays(a.slice(start, endA), b.slice(start, endB), { comparator: same })
  const inserts: DiffOp<T>[] = []
  let i = start
  let j = start
  for (const change of changes) {
    if (change.removed) {
      for (let k = 0; k < change.count; k++) ops.push({ op: 'delete', a: a[i++] as T })
    } else if (change.added) {
      for (let k = 0; k < change.count; k++) inserts.push({ op: 'insert', b: b[j++] as T })
    } else {
      for (const insert of inserts) ops.push(insert)
      inserts.length = 0
      for (let k = 0; k < change.count; k++) {
        ops.push({ op: 'equal', a: a[i++] as T, b: b[j++] as T })
      }
    }
  }
  for (const insert of inserts) ops.push(insert)
  for (let k = 0; k < a.length - endA; k++) {
    ops.push({ op: 'equal', a: a[endA + k] as T, b: b[endB + k] as T })
  }
  return ops
}
