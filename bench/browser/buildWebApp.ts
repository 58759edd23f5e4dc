import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const webDistDir = path.join(repoRoot, 'apps/web/dist')

/** Runs the production build (`npx vite build`, as `npm run build` does) into apps/web/dist. */
export const buildWebApp = (): void => {
  const build = spawnSync('npx', ['vite', 'build'], { cwd: repoRoot, encoding: 'utf8' })
  if (build.status !== 0) {
    throw new Error(`vite build failed (${build.status}):\n${build.stdout}\n${build.stderr}`)
  }
}
