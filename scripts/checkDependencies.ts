/**
 * Checks what `npm ci` installed, as part of `npm run lint`:
 *
 * - One copy of each package whose objects cross package boundaries. Two copies of Yjs make a
 *   Y.Doc from one fail the `instanceof` checks of the other (and Yjs warns "already imported");
 *   two of prosemirror-model make the editor refuse nodes of a schema built by the other.
 * - Every installed package accepts the oldest Node the README promises (the root package's
 *   `engines.node`): a dependency that needs a newer one (docx's nanoid 6 wanted Node 22) is
 *   caught here rather than by a newcomer's install.
 *
 * It reads the installed tree (every package folder under the root's and each workspace's
 * node_modules, nested ones included), so it counts copies, not just versions.
 */
import fs from 'node:fs'
import path from 'node:path'
import semver from 'semver'

/** Packages that must be installed exactly once. */
const SINGLE_COPY = ['yjs', 'y-protocols', 'lib0', 'prosemirror-model', 'prosemirror-state']

interface InstalledPackage {
  name: string
  version: string
  dir: string
  nodeEngines?: string
}

interface RootManifest {
  workspaces?: string[]
  engines?: { node?: string }
}

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'))

/** The real (non-symlinked) package folders directly inside a node_modules folder. */
const packageDirs = (nodeModules: string): string[] => {
  if (!fs.existsSync(nodeModules)) return []
  const dirs: string[] = []
  for (const entry of fs.readdirSync(nodeModules, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue
    const dir = path.join(nodeModules, entry.name)
    // Workspace links point back into the repository, whose node_modules are walked as roots.
    if (!entry.isDirectory()) continue
    if (entry.name.startsWith('@')) {
      for (const scoped of fs.readdirSync(dir, { withFileTypes: true })) {
        if (scoped.isDirectory()) dirs.push(path.join(dir, scoped.name))
      }
    } else {
      dirs.push(dir)
    }
  }
  return dirs
}

/** Every package installed under the given node_modules folders, nested ones included. */
const installedPackages = (roots: string[]): InstalledPackage[] => {
  const found: InstalledPackage[] = []
  const pending = [...roots]
  for (let nodeModules = pending.pop(); nodeModules; nodeModules = pending.pop()) {
    for (const dir of packageDirs(nodeModules)) {
      const manifestFile = path.join(dir, 'package.json')
      if (!fs.existsSync(manifestFile)) continue
      const manifest = readJson(manifestFile) as {
        name?: string
        version?: string
        engines?: { node?: string }
      }
      found.push({
        name: manifest.name ?? path.basename(dir),
        version: manifest.version ?? '?',
        dir,
        nodeEngines: manifest.engines?.node,
      })
      pending.push(path.join(dir, 'node_modules'))
    }
  }
  return found
}

/** One line per package of `names` installed more than once. */
const duplicateCopies = (packages: InstalledPackage[], names: string[]): string[] =>
  names.flatMap((name) => {
    const copies = packages.filter((p) => p.name === name)
    if (copies.length <= 1) return []
    const where = copies.map((p) => `${p.version} in ${p.dir}`).join(', ')
    return [`${name} is installed ${copies.length} times (${where}); it must be installed once`]
  })

/** One line per package whose `engines.node` does not accept `nodeVersion`. */
const refusedEngines = (packages: InstalledPackage[], nodeVersion: string): string[] =>
  packages
    .filter((p) => p.nodeEngines && !semver.satisfies(nodeVersion, p.nodeEngines))
    .map((p) => `${p.name}@${p.version} (${p.dir}) needs Node ${p.nodeEngines}, not ${nodeVersion}`)

const main = (): void => {
  const root = path.resolve(import.meta.dirname, '..')
  // Relative paths from here on, so that messages name folders as a reader sees them.
  process.chdir(root)
  const manifest = readJson(path.join(root, 'package.json')) as RootManifest
  const oldestNode = semver.minVersion(manifest.engines?.node ?? '*')?.version
  if (!oldestNode) throw new Error('package.json: engines.node names no version')
  const workspaceDirs = (manifest.workspaces ?? []).flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern]
    const parent = pattern.slice(0, -2)
    return fs.readdirSync(parent).map((name) => path.join(parent, name))
  })
  const roots = ['.', ...workspaceDirs].map((dir) => path.join(dir, 'node_modules'))
  const packages = installedPackages(roots)
  const problems = [
    ...duplicateCopies(packages, SINGLE_COPY),
    ...refusedEngines(packages, oldestNode),
  ]
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem)
    process.exitCode = 1
    return
  }
  console.log(
    `dependencies: ${packages.length} packages, one copy each of ${SINGLE_COPY.join(', ')}, all accept Node ${oldestNode}`,
  )
}

main()
