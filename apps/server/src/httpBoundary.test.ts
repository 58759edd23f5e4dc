import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SELF = fileURLToPath(import.meta.url)
const SRC = path.dirname(SELF)
const HTTP = path.join(SRC, 'http')

/**
 * Who may import from `http/`: the routes themselves, the websocket upgrade (an HTTP request,
 * refused with an HTTP answer) and the composition root. Everything else is domain code, which
 * throws the errors of `errors.ts` and knows no statuses.
 */
const MAY_IMPORT_HTTP = [HTTP, path.join(SRC, 'transport'), path.join(SRC, 'createServer.ts')]

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })

const within = (file: string, root: string): boolean =>
  file === root || file.startsWith(`${root}${path.sep}`)

describe('the HTTP boundary', () => {
  it('is crossed by no domain file, tests included', () => {
    const crossings: string[] = []
    for (const file of sourceFiles(SRC)) {
      // This file holds examples of crossings, to show that the check sees them.
      if (file === SELF || MAY_IMPORT_HTTP.some((root) => within(file, root))) continue
      for (const [, specifier = ''] of fs.readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
        if (!specifier.startsWith('.')) continue
        if (within(path.resolve(path.dirname(file), specifier), HTTP)) {
          crossings.push(`${path.relative(SRC, file)} imports ${specifier}`)
        }
      }
    }
    expect(crossings).toEqual([])
  })

  it('would see an import of http/ (the check reads what it should)', () => {
    const found = [
      ...`import { HttpError } from '../http/HttpError'\nimport type { X } from "./http/x"\nawait import('../../http/y')`.matchAll(
        SPECIFIER,
      ),
    ].map(([, specifier]) => specifier)
    expect(found).toEqual(['../http/HttpError', './http/x', '../../http/y'])
  })
})
