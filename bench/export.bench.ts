/**
 * Export benchmark: a 30-page plan to DOCX and to PDF, and the course bundle of 12 final plans,
 * each through the HTTP API of a real server, as the web app asks for them. Prints a table with
 * the median time of three runs (after one warm-up, which also starts Chromium) and the peak
 * resident memory of this process while each ran. Chromium prints in its own processes, whose
 * memory is not in these figures.
 *
 *   node --import tsx bench/export.bench.ts
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createLongPlan } from '@coplan/export'
import { PDFDocument } from '@cantoo/pdf-lib'
import { createServer } from '../apps/server/src/createServer'
import { seedExportPlan } from '../apps/server/src/testing/seedExportPlan'
import { createQuietLogger } from '../apps/server/src/logger'

const RUNS = 3
const BUNDLE_PLANS = 12

/** Runs `task` while sampling this process's resident memory. */
const measure = async <T>(
  task: () => Promise<T>,
): Promise<{ ms: number; peakRssMb: number; result: T }> => {
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10)
  const started = performance.now()
  try {
    const result = await task()
    return {
      ms: performance.now() - started,
      peakRssMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20,
      result,
    }
  } finally {
    clearInterval(sampler)
  }
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-export-bench-'))
const server = createServer({ dataDir, logger: createQuietLogger() })
const { url } = await server.listen(0)
try {
  const admin = server.users.list().find((user) => user.role === 'admin')
  if (!admin) throw new Error('The demo course has no admin')
  const headers = {
    authorization: `Bearer ${server.credentials.createAccessToken(admin.id, 'bench').token}`,
  }
  const api = async (pathname: string, init: RequestInit = {}): Promise<Response> => {
    const response = await fetch(`${url}/api${pathname}`, { ...init, headers })
    if (!response.ok) throw new Error(`${pathname}: ${response.status} ${await response.text()}`)
    return response
  }
  const bytes = async (pathname: string) =>
    new Uint8Array(await (await api(pathname)).arrayBuffer())

  const big = seedExportPlan(server, {
    countryCode: 'GH',
    title: 'Thirty-page plan',
    doc: createLongPlan(25),
  })
  for (let n = 0; n < BUNDLE_PLANS; n++) {
    const team = server.course.createTeam({
      country: `Country ${String(n + 1).padStart(2, '0')}`,
      countryCode: `Q${String.fromCharCode(65 + n)}`,
    })
    const plan = seedExportPlan(server, {
      countryCode: team.countryCode,
      title: `Plan ${n + 1}`,
      doc: createLongPlan(6),
    })
    server.course.setStatus(plan.id, 'final')
  }
  const bundle = async (): Promise<Uint8Array> => {
    const { jobId } = (await (await api('/exports/bundle', { method: 'POST' })).json()) as {
      jobId: string
    }
    for (;;) {
      const job = (await (await api(`/exports/${jobId}`)).json()) as {
        status: string
        error?: string
      }
      if (job.status === 'failed') throw new Error(job.error)
      if (job.status === 'done') return bytes(`/exports/${jobId}/download`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  const tasks: [string, () => Promise<Uint8Array>][] = [
    ['30-page plan → DOCX', () => bytes(`/plans/${big.id}/export?format=docx`)],
    ['30-page plan → PDF', () => bytes(`/plans/${big.id}/export?format=pdf`)],
    [`bundle of ${BUNDLE_PLANS} final plans (DOCX + PDF each)`, bundle],
  ]
  const rows: string[][] = [['task', 'median ms', 'min ms', 'output', 'peak RSS MB']]
  for (const [name, task] of tasks) {
    await task()
    const runs = []
    for (let i = 0; i < RUNS; i++) runs.push(await measure(task))
    const output = runs[0]?.result ?? new Uint8Array()
    const pdfPages = name.endsWith('PDF')
      ? ` (${(await PDFDocument.load(output)).getPageCount()} pages)`
      : ''
    rows.push([
      name,
      median(runs.map((r) => r.ms)).toFixed(0),
      Math.min(...runs.map((r) => r.ms)).toFixed(0),
      `${(output.length / 1024).toFixed(0)} KiB${pdfPages}`,
      Math.max(...runs.map((r) => r.peakRssMb)).toFixed(0),
    ])
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? []
  for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '))
  console.log(
    `\n${os.cpus().length} cores, Node ${process.version}. Rerun: node --import tsx bench/export.bench.ts`,
  )
} finally {
  await server.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
}
