/** One step of a diff between two sequences. */
export type DiffOp<T> =
  { op: 'equal'; a: T; b: T } | { op: 'delete'; a: T } | { op: 'insert'; b: T }

/**
 * The shortest edit script between `a` and `b` by longest common subsequence. Quadratic in
 * the lengths, which is fine for the blocks of a plan and the words of a paragraph; common
 * prefixes and suffixes are trimmed first so typical edits stay cheap.
 */
export const diffSequences = <T>(
  a: readonly T[],
  b: readonly T[],
  same: (x: T, y: T) => boolean,
): DiffOp<T>[] => {
  let start = 0
  while (start < a.length && start < b.length && same(a[start] as T, b[start] as T)) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && same(a[endA - 1] as T, b[endB - 1] as T)) {
    endA--
    endB--
  }
  const n = endA - start
  const m = endB - start
  // lengths[i][j]: LCS length of a[start+i..endA) and b[start+j..endB)
  const lengths = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1))
  for (let i = n - 1; i >= 0; i--) {
    const row = lengths[i] as Uint32Array
    const next = lengths[i + 1] as Uint32Array
    for (let j = m - 1; j >= 0; j--) {
      row[j] = same(a[start + i] as T, b[start + j] as T)
        ? (next[j + 1] as number) + 1
        : Math.max(next[j] as number, row[j + 1] as number)
    }
  }
  const ops: DiffOp<T>[] = []
  for (let k = 0; k < start; k++) ops.push({ op: 'equal', a: a[k] as T, b: b[k] as T })
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && same(a[start + i] as T, b[start + j] as T)) {
      ops.push({ op: 'equal', a: a[start + i] as T, b: b[start + j] as T })
      i++
      j++
    } else if (i < n && (j === m || (lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0))) {
      // Deletions before insertions, so a replaced run reads "old, then new".
      ops.push({ op: 'delete', a: a[start + i] as T })
      i++
    } else {
      ops.push({ op: 'insert', b: b[start + j] as T })
      j++
    }
  }
  for (let k = 0; k < a.length - endA; k++) {
    ops.push({ op: 'equal', a: a[endA + k] as T, b: b[endB + k] as T })
  }
  return ops
}
