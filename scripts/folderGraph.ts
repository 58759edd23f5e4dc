import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/** For each folder, the folders it imports, each with one import that shows it. */
export type FolderGraph = Map<string, Map<string, string>>

const SOURCE = /\.tsx?$/
const NOT_PRODUCTION = /\.(test|spec)\.tsx?$|\.d\.ts$/

/**
 * The graph of a workspace's top-level folders under `srcDir`: an edge from A to B when a file
 * under A imports (statically, dynamically, or only its types) a file under B by a relative
 * path. A file directly in `srcDir` is a node of its own, named after the file (`logger.ts`):
 * the composition root beside shared helpers such as the logger is no cycle, since nothing
 * below imports the root itself. Tests are left out: they sit
 * beside the code they test and reach for helpers anywhere, which is no dependency of the code.
 */
export const folderGraph = (srcDir: string): FolderGraph => {
  const graph: FolderGraph = new Map()
  for (const file of sourceFiles(srcDir)) {
    const from = topFolder(srcDir, file)
    const edges = graph.get(from) ?? new Map<string, string>()
    graph.set(from, edges)
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
    for (const { fileName: specifier } of importedFiles) {
      if (!specifier.startsWith('.')) continue
      // Vite suffixes (`?worker`, `?url`) are not part of the path.
      const target = path.resolve(path.dirname(file), specifier.replace(/\?.*$/, ''))
      if (path.relative(srcDir, target).startsWith('..')) continue
      const to = topFolder(srcDir, target)
      if (to !== from && !edges.has(to)) {
        edges.set(to, `${path.relative(srcDir, file)} imports '${specifier}'`)
      }
    }
  }
  return graph
}

/** The top-level folder of `file` under `srcDir`, or the file's name for a file directly in it. */
const topFolder = (srcDir: string, file: string): string => {
  const [first = '', ...rest] = path.relative(srcDir, file).split(path.sep)
  // `./rooms` names the folder (its index), `./createServer` a file directly in src.
  const isFolder = rest.length > 0 || fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()
  if (isFolder) return first
  return SOURCE.test(first) ? first : `${first}.ts`
}

const sourceFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => SOURCE.test(name) && !NOT_PRODUCTION.test(name))
    .map((name) => path.join(dir, name))
    .sort()
