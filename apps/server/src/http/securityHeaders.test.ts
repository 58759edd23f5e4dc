import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { DEMO } from '../testing/demoAccounts'
import { startTestServer } from '../testing/startTestServer'

/** A built web app in miniature: the shell, a hashed script and the service worker. */
const makeWebDist = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-dist-'))
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }))
  fs.mkdirSync(path.join(dir, 'assets'))
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Coplan</title>')
  fs.writeFileSync(path.join(dir, 'assets', 'app-1a2b3c.js'), 'console.log(1)')
  fs.writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {})')
  return dir
}

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

const expectSecured = (response: Response, what: string): void => {
  const header = (name: string) => [what, response.headers.get(name)]
  expect(header('content-security-policy')).toEqual([what, POLICY])
  expect(header('x-frame-options')).toEqual([what, 'DENY'])
  expect(header('x-content-type-options')).toEqual([what, 'nosniff'])
  expect(header('referrer-policy')).toEqual([what, 'no-referrer'])
  expect(header('strict-transport-security')).toEqual([what, null])
}

describe('security headers', () => {
  it('go with the page, its scripts, the service worker and every API answer', async () => {
    const { url, server, tokenFor } = await startTestServer({ webDistDir: makeWebDist() })
    const paths = {
      page: '/',
      'page of a client-side route': '/invite/some-secret',
      'hashed script': '/assets/app-1a2b3c.js',
      'service worker': '/sw.js',
      'API answer': '/api/health',
      'API refusal': '/api/auth/me',
      'missing script': '/assets/app-old.js',
    }
    for (const [what, at] of Object.entries(paths)) {
      const response = await fetch(`${url}${at}`)
      await response.arrayBuffer()
      expectSecured(response, what)
    }
    const plan = server.course.listPlans()[0]
    const signedIn = await fetch(`${url}/api/plans`, {
      headers: { authorization: `Bearer ${tokenFor(DEMO.admin)}` },
    })
    await signedIn.arrayBuffer()
    expect(signedIn.status).toBe(200)
    expectSecured(signedIn, 'signed-in API answer')

    // An export keeps the stricter policy its route sets for it.
    const exported = await fetch(`${url}/api/plans/${plan?.id}/export?format=html`, {
      headers: { authorization: `Bearer ${tokenFor(DEMO.admin)}` },
    })
    await exported.arrayBuffer()
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    )
    expect(exported.headers.get('x-frame-options')).toBe('DENY')
  })
})
