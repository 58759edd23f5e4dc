import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it, onTestFinished } from 'vitest'
import { folderGraph } from './folderGraph'

const writeTree = (files: Record<string, string>): string => {
  const src = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-folders-'))
  onTestFinished(() => fs.rmSync(src, { recursive: true, force: true }))
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(src, name)), { recursive: true })
    fs.writeFileSync(path.join(src, name), text)
  }
  return src
}

it('links top-level folders by their relative imports, leaving tests and packages out', () => {
  const src = writeTree({
    'main.ts': "import { Room } from './rooms/Room'\nimport './rooms'",
    'logger.ts': 'export const log = 1',
    'rooms/index.ts': "export * from './Room'",
    'rooms/Room.ts': "import type { Store } from '../store/Store'\nimport { log } from '../logger'",
    'rooms/Room.test.ts': "import { main } from '../main'",
    'store/Store.ts': "import * as Y from 'yjs'\nconst load = () => import('../rooms/Room')",
    'store/deep/worker.ts': "import url from '../../rooms/Room?worker'",
  })
  const graph = folderGraph(src)
  expect(Object.fromEntries([...graph].map(([from, to]) => [from, [...to.keys()].sort()]))).toEqual(
    {
      'logger.ts': [],
      'main.ts': ['rooms'],
      rooms: ['logger.ts', 'store'],
      store: ['rooms'],
    },
  )
  expect(graph.get('rooms')?.get('store')).toBe("rooms/Room.ts imports '../store/Store'")
})
