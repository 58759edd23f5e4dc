/**
 * Installs the benchmark's own dependencies (the peer servers: y-websocket 2 with LevelDB,
 * Hocuspocus with SQLite) into bench/node_modules when they are missing or older than
 * bench/package-lock.json. They are kept out of the root install because two of them build
 * native modules (sqlite3, leveldown) that no one but the benchmark needs; `npm run bench`
 * runs this first.
 *
 * Everything else the benchmark imports (Yjs, the server's code, Playwright) comes from the
 * root install: Node and TypeScript look for a package in bench/node_modules, then in the
 * root's. bench/.npmrc sets legacy-peer-deps so that the peers' own peer dependencies (yjs,
 * y-protocols) are not installed a second time here: one copy of Yjs must serve the
 * benchmark's clients and the servers it starts.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const benchDir = import.meta.dirname
const lockFile = path.join(benchDir, 'package-lock.json')
// npm ci writes this file last, so its absence means no complete install.
const installedLock = path.join(benchDir, 'node_modules/.package-lock.json')

const upToDate =
  fs.existsSync(installedLock) &&
  fs.statSync(installedLock).mtimeMs >= fs.statSync(lockFile).mtimeMs

if (!upToDate) {
  console.log('Installing the benchmark peers into bench/node_modules (npm ci --prefix bench)…')
  execFileSync('npm', ['ci', '--prefix', benchDir], { stdio: 'inherit' })
}

// A second Yjs would make the documents of the benchmark's clients foreign to the servers' code.
if (fs.existsSync(path.join(benchDir, 'node_modules/yjs'))) {
  throw new Error('bench/node_modules has its own yjs: keep legacy-peer-deps in bench/.npmrc')
}
