import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { defineConfig } from 'vitest/config'
import type { Plugin, Rolldown } from 'vite'
import react from '@vitejs/plugin-react'

const serverUrl = `http://localhost:${process.env.PORT ?? '8080'}`

/** The identifier in the service worker's source that the build replaces with what to cache. */
const SHELL_PLACEHOLDER = '__COPLAN_SHELL__'

/**
 * Builds the service worker (`apps/web/src/serviceWorker/serviceWorker.ts`) as `/sw.js`, at the
 * root because a worker controls only the paths below its own URL, and gives it the shell to
 * cache: `/` and every hashed file under `assets/`, with a version derived from them, so that
 * each deploy installs a new worker and cache. Build only: the dev server serves no worker.
 */
const serviceWorker = (entry: string, fileName = 'sw.js'): Plugin => ({
  name: 'coplan-service-worker',
  apply: 'build',
  enforce: 'post',
  buildStart() {
    this.emitFile({ type: 'chunk', id: entry, fileName })
  },
  generateBundle(_options, bundle) {
    const worker = bundle[fileName]
    if (worker?.type !== 'chunk') return this.error(`The service worker ${fileName} was not built`)
    if (!worker.code.includes(SHELL_PLACEHOLDER)) {
      return this.error(`The service worker has no ${SHELL_PLACEHOLDER} to fill in`)
    }
    const assets = Object.keys(bundle)
      .filter((name) => name.startsWith('assets/'))
      .sort()
    const html = bundle['index.html']
    const version = createHash('sha256')
      .update(assets.join('\n'))
      .update(html?.type === 'asset' ? html.source : '')
      .digest('hex')
      .slice(0, 16)
    const shell = { version, urls: ['/', ...assets.map((name) => `/${name}`)] }
    worker.code = worker.code.replaceAll(SHELL_PLACEHOLDER, JSON.stringify(shell))
  },
})

/**
 * What marks a shared chunk's main content. Rolldown names a shared chunk after one of its
 * modules, so the editor's libraries were `connectionView-*.js` after a 19-line file; a chunk
 * is named here for the first of these libraries it holds. The service worker caches every
 * file under `assets/`, whatever its name.
 */
const CHUNK_CONTENTS: readonly (readonly [name: string, module: RegExp])[] = [
  ['editor', /\/node_modules\/@tiptap\/core\//],
  ['yjs', /\/node_modules\/yjs\//],
  ['react', /\/node_modules\/react\//],
]

/** The app folder (`src/<folder>/`) most of a chunk's modules come from, if any. */
const mainFolder = (moduleIds: readonly string[]): string | undefined => {
  const counts = new Map<string, number>()
  for (const id of moduleIds) {
    const folder = /\/apps\/web\/src\/([^/]+)\//.exec(id)?.[1]
    if (folder) counts.set(folder, (counts.get(folder) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
}

/**
 * Entries and lazily loaded pages keep their own name (`index`, `EditorPage`); a chunk they
 * share is named for its libraries, or else for the app folder it mostly holds.
 */
const chunkFileName = (chunk: Rolldown.PreRenderedChunk): string => {
  if (chunk.facadeModuleId) return 'assets/[name]-[hash].js'
  const contents = CHUNK_CONTENTS.find(([, module]) =>
    chunk.moduleIds.some((id) => module.test(id)),
  )
  const name = contents?.[0] ?? mainFolder(chunk.moduleIds) ?? '[name]'
  return `assets/${name}-[hash].js`
}

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)
const COMPRESSIBLE = /\.(js|css|html|svg|json|webmanifest)$/

/**
 * Writes a `.br` and a `.gz` copy beside every text file of the build, compressed once at the
 * highest levels, which the server sends to browsers that accept them (people on slow links
 * download the editor's JavaScript at about a quarter of its size).
 */
const precompress = (): Plugin => ({
  name: 'coplan-precompress',
  apply: 'build',
  async writeBundle(options, bundle) {
    const outDir = options.dir ?? ''
    const files = Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name))
    await Promise.all(
      files.map(async (name) => {
        const file = path.join(outDir, name)
        const source = await fs.promises.readFile(file)
        const [br, gz] = await Promise.all([
          brotli(source, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.length,
            },
          }),
          gzip(source, { level: zlib.constants.Z_BEST_COMPRESSION }),
        ])
        await fs.promises.writeFile(`${file}.br`, br)
        await fs.promises.writeFile(`${file}.gz`, gz)
      }),
    )
  },
})

export default defineConfig({
  root: 'apps/web',
  plugins: [react(), serviceWorker('src/serviceWorker/serviceWorker.ts'), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: { output: { chunkFileNames: chunkFileName } },
  },
  server: {
    proxy: {
      '/api': serverUrl,
      '/collab': { target: serverUrl.replace('http', 'ws'), ws: true },
    },
  },
  test: {
    root: '.',
    include: [
      'apps/*/src/**/*.test.{ts,tsx}',
      'packages/*/src/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    testTimeout: 20_000,
  },
})
