import fs from 'node:fs'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
  children?: number[]
}

interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

export interface ProfileEntry {
  name: string
  ms: number
}

/** Frames every stack passes through (event loop, streams, ws framing): left out of totals. */
const PLUMBING = /^\(root\)|^runMicrotasks|node:|ws\/lib\//

const label = (node: ProfileNode): string => {
  const { functionName, url, lineNumber } = node.callFrame
  const file = url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '')
  const short = file.replace(/^.*\/(apps|packages|bench)\//, '$1/')
  return `${functionName || '(anonymous)'} ${short ? `${short}:${lineNumber + 1}` : ''}`.trim()
}

/**
 * Where a `--cpu-prof` profile spent its time between the first sample whose stack passes
 * through `from` (e.g. the websocket route) and the end: self time and total (inclusive) time
 * per function (leaving out the event loop's and streams' own frames), largest first.
 * Startup (module loading, compiling) falls before the window. Line numbers are those of the
 * code tsx produced, not always the source's.
 */
export const summarizeCpuProfile = (
  file: string,
  from: RegExp,
  top = 15,
): { windowMs: number; self: ProfileEntry[]; total: ProfileEntry[] } => {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id)
  const stackOf = (id: number): ProfileNode[] => {
    const stack: ProfileNode[] = []
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at)
      if (node) stack.push(node)
    }
    return stack
  }
  const start = profile.samples.findIndex((id) =>
    stackOf(id).some((node) => from.test(node.callFrame.url)),
  )
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  let windowUs = 0
  for (let i = Math.max(0, start); i < profile.samples.length; i++) {
    // A sample's duration is the time until the next one.
    const us = profile.timeDeltas[i + 1] ?? 0
    const stack = stackOf(profile.samples[i] as number)
    const leaf = stack[0]
    if (!leaf || leaf.callFrame.functionName === '(idle)') continue
    windowUs += us
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + us)
    for (const name of new Set(stack.map(label))) {
      if (!PLUMBING.test(name)) total.set(name, (total.get(name) ?? 0) + us)
    }
  }
  const sorted = (map: Map<string, number>): ProfileEntry[] =>
    [...map]
      .map(([name, us]) => ({ name, ms: us / 1000 }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top)
  return { windowMs: windowUs / 1000, self: sorted(self), total: sorted(total) }
}
