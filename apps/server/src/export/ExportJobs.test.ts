import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Unavailable } from '../errors'
import { ExportJobs } from './ExportJobs'

const failedWith = async (error: unknown) => {
  const jobs = new ExportJobs()
  const { id } = jobs.start(() => Promise.reject(error))
  await expect.poll(() => jobs.get(id)?.status).toBe('failed')
  return jobs.get(id)?.error
}

describe('ExportJobs', () => {
  it('reports progress, keeps the ZIP once done, and removes its folder when forgotten', async () => {
    let now = 0
    const jobs = new ExportJobs({ keepMs: 1000, now: () => now })
    let folder = ''
    const { id } = jobs.start(async (report, dir) => {
      folder = dir
      report({ done: 0, total: 1, plans: [] })
      const zipPath = path.join(dir, 'bundle.zip')
      fs.writeFileSync(zipPath, new Uint8Array([1, 2, 3]))
      return { zipPath }
    })
    await expect.poll(() => jobs.get(id)?.status).toBe('done')
    expect(jobs.get(id)).toMatchObject({ done: 0, total: 1 })
    expect(fs.readFileSync(jobs.zipPath(id) as string)).toEqual(Buffer.from([1, 2, 3]))
    now = 1001
    expect(jobs.get(id)).toBeNull()
    expect(fs.existsSync(folder)).toBe(false)
  })

  it('fails with a code the web can translate: the error’s, else export_failed', async () => {
    expect(await failedWith(new Unavailable('pdf_unavailable', 'install chromium'))).toEqual({
      code: 'pdf_unavailable',
      message: 'install chromium',
    })
    expect(await failedWith(new Error('disk full'))).toEqual({
      code: 'export_failed',
      message: 'disk full',
    })
  })
})
