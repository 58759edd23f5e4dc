/**
 * Lint: no import cycles between the top-level folders of a workspace's `src` (each folder is a
 * concern; folders in a cycle can no longer be read, tested or moved apart). Exits 1, printing
 * one cycle per tangle with the import behind each step, when the folder graph without the
 * edges of `KNOWN_FOLDER_CYCLES` has a cycle, or when a listed edge no longer closes one.
 * Run with `npm run lint:cycles`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { cyclicComponents, findCycles } from './findCycles'
import type { Graph } from './findCycles'
import { folderGraph } from './folderGraph'
import { KNOWN_FOLDER_CYCLES } from './knownFolderCycles'

const repo = path.resolve(import.meta.dirname, '..')
const workspaces = ['apps', 'packages']
  .flatMap((parent) =>
    fs.readdirSync(path.join(repo, parent)).map((name) => `${parent}/${name}/src`),
  )
  .filter((src) => fs.existsSync(path.join(repo, src)))
  .sort()

const known = new Set(KNOWN_FOLDER_CYCLES)
const stillKnown = new Set<string>()
let failed = false
for (const src of workspaces) {
  const graph = folderGraph(path.join(repo, src))
  const edgeName = (from: string, to: string): string => `${src}: ${from} → ${to}`
  const full: Graph = new Map([...graph].map(([from, to]) => [from, new Set(to.keys())]))
  const componentOf = new Map(
    cyclicComponents(full).flatMap((members, i) => members.map((member) => [member, i])),
  )
  for (const [from, to] of [...full].flatMap(([from, tos]) => [...tos].map((to) => [from, to]))) {
    const name = edgeName(from as string, to as string)
    const closesCycle = componentOf.get(from as string) === componentOf.get(to as string)
    if (known.has(name) && closesCycle && componentOf.has(from as string)) stillKnown.add(name)
  }
  const unlisted: Graph = new Map(
    [...full].map(([from, tos]) => [
      from,
      new Set([...tos].filter((to) => !known.has(edgeName(from, to)))),
    ]),
  )
  for (const cycle of findCycles(unlisted)) {
    failed = true
    const steps = cycle.map((from, i) => {
      const to = cycle[(i + 1) % cycle.length] as string
      return `    ${from} → ${to}: ${graph.get(from)?.get(to)}`
    })
    console.log(`import cycle in ${src}: ${[...cycle, cycle[0]].join(' → ')}\n${steps.join('\n')}`)
  }
}
for (const name of known) {
  if (stillKnown.has(name)) continue
  failed = true
  console.log(`no longer closes a cycle, delete it from scripts/knownFolderCycles.ts: ${name}`)
}
if (!failed) console.log(`no new folder cycles (${known.size} known edges left to break)`)
process.exitCode = failed ? 1 : 0
