import { describe, expect, it } from 'vitest'
import { HttpError } from '../http/HttpError'
import { ExportJobs } from './ExportJobs'

const failedWith = async (error: unknown) => {
  const jobs = new ExportJobs()
  const { id } = jobs.start(() => Promise.reject(error))
  await expect.poll(() => jobs.get(id)?.status).toBe('failed')
  return jobs.get(id)?.error
}

describe('ExportJobs', () => {
  it('reports progress and keeps the ZIP once the build is done', async () => {
    const jobs = new ExportJobs()
    const zip = new Uint8Array([1, 2, 3])
    const { id } = jobs.start(async (report) => {
      report({ done: 0, total: 1, plans: [] })
      return { zip }
    })
    await expect.poll(() => jobs.get(id)?.status).toBe('done')
    expect(jobs.get(id)).toMatchObject({ done: 0, total: 1 })
    expect(jobs.zip(id)).toBe(zip)
  })

  it('fails with a code the web can translate: the HttpError’s, else export_failed', async () => {
    expect(await failedWith(new HttpError(503, 'pdf_unavailable', 'install chromium'))).toEqual({
      code: 'pdf_unavailable',
      message: 'install chromium',
    })
    expect(await failedWith(new Error('disk full'))).toEqual({
      code: 'export_failed',
      message: 'disk full',
    })
  })
})
