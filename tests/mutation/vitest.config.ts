import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { MUTATION_GROUPS } from './groups'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * The tests that guard the mutated files, and nothing else. Stryker runs them in a copy of the
 * repository; workspace packages are resolved inside that copy (through node_modules they
 * would resolve to the original files, and a mutant of packages/protocol would go untested).
 */
export default defineConfig({
  resolve: {
    alias: Object.fromEntries(
      ['export', 'protocol', 'schema'].map((name) => [
        `@coplan/${name}`,
        path.join(root, `packages/${name}/src/index.ts`),
      ]),
    ),
  },
  test: {
    root,
    include: Object.values(MUTATION_GROUPS).flatMap((group) => [...group.tests]),
    testTimeout: 60_000,
  },
})
