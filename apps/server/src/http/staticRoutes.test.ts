import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { describe, expect, it, onTestFinished } from 'vitest'
import { startTestServer } from '../testing/startTestServer'

const SCRIPT = `console.log(${JSON.stringify('plan '.repeat(400))})`

/** A built web app in miniature: the shell, one hashed script and its compressed copies. */
const makeWebDist = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-dist-'))
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }))
  fs.mkdirSync(path.join(dir, 'assets'))
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Coplan</title>')
  const script = path.join(dir, 'assets', 'app-1a2b3c.js')
  fs.writeFileSync(script, SCRIPT)
  fs.writeFileSync(`${script}.br`, zlib.brotliCompressSync(SCRIPT))
  fs.writeFileSync(`${script}.gz`, zlib.gzipSync(SCRIPT))
  return dir
}

/** A GET with exactly these headers (fetch would add and undo compression itself). */
const get = (url: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      http
        .get(url, { headers }, (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks),
            }),
          )
        })
        .on('error', reject)
    },
  )

describe('the web app as served', () => {
  it('sends the compressed copy the browser accepts, and the plain file to one that accepts none', async () => {
    const { url } = await startTestServer({ webDistDir: makeWebDist() })
    const asset = `${url}/assets/app-1a2b3c.js`

    const br = await get(asset, { 'Accept-Encoding': 'gzip, deflate, br' })
    expect(br.status).toBe(200)
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['content-type']).toMatch(/javascript/)
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(SCRIPT)
    expect(br.body.length).toBeLessThan(SCRIPT.length / 4)

    const gz = await get(asset, { 'Accept-Encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gz.body).toString()).toBe(SCRIPT)

    const plain = await get(asset)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(SCRIPT)
    for (const response of [br, gz, plain]) {
      expect(response.headers.vary).toBe('Accept-Encoding')
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    }
  })

  it('lets browsers keep only hashed files: the shell and unknown assets are checked each time', async () => {
    const { url } = await startTestServer({ webDistDir: makeWebDist() })
    const shell = await get(`${url}/`)
    expect(shell.status).toBe(200)
    expect(shell.headers['cache-control']).toBe('no-cache')
    const route = await get(`${url}/plans/some-plan`)
    expect(route.body.toString()).toContain('<title>Coplan</title>')
    expect(route.headers['cache-control']).toBe('no-cache')
    // A script of an older build: not found, and not to be kept as such either.
    const gone = await get(`${url}/assets/app-old.js`)
    expect(gone.status).toBe(404)
    expect(gone.headers['cache-control']).toBe('no-cache')
  })
})
