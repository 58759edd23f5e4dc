import fs from 'node:fs'
import path from 'node:path'

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } }
  nodes: number[]
  strings: string[]
}

/**
 * Node flags that let `takeHeapCensus` ask a server for a heap snapshot from outside: the
 * server writes one into `dir` on SIGUSR2 (after a full garbage collection), nothing else.
 */
export const heapSnapshotFlags = (dir: string): string[] => [
  '--heapsnapshot-signal=SIGUSR2',
  `--diagnostic-dir=${dir}`,
]

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Makes a server started with `heapSnapshotFlags(dir)` write a heap snapshot, and counts its
 * live objects by constructor name (e.g. `Doc`, `Item`: a Y.Doc and its structs). The snapshot
 * file is deleted afterwards.
 */
export const takeHeapCensus = async (
  pid: number,
  dir: string,
  names: readonly string[],
): Promise<Map<string, number>> => {
  const before = new Set(fs.readdirSync(dir))
  process.kill(pid, 'SIGUSR2')
  let file: string | undefined
  let lastSize = -1
  // The server writes the file while it is paused; done once its size stops changing.
  for (let waited = 0; waited < 120_000; waited += 1000) {
    await sleep(1000)
    file ??= fs.readdirSync(dir).find((name) => name.endsWith('.heapsnapshot') && !before.has(name))
    if (!file) continue
    const size = fs.statSync(path.join(dir, file)).size
    if (size > 0 && size === lastSize) break
    lastSize = size
  }
  if (!file) throw new Error(`Process ${pid} wrote no heap snapshot`)
  const snapshot = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as HeapSnapshot
  fs.rmSync(path.join(dir, file))
  const fields = snapshot.snapshot.meta.node_fields.length
  const objectType = snapshot.snapshot.meta.node_types[0].indexOf('object')
  const wanted = new Set(names)
  const counts = new Map(names.map((name) => [name, 0]))
  for (let i = 0; i < snapshot.nodes.length; i += fields) {
    if (snapshot.nodes[i] !== objectType) continue
    const name = snapshot.strings[snapshot.nodes[i + 1] as number] as string
    if (wanted.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  return counts
}
