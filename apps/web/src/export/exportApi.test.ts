import { describe, expect, it } from 'vitest'
import { bundleDownloadUrl, exportFileUrl } from './exportApi'

describe('exportFileUrl', () => {
  it('asks for the current text without comments by default', () => {
    expect(exportFileUrl('p1', 'docx', { versionId: null, comments: false })).toBe(
      '/api/plans/p1/export?format=docx',
    )
  })

  it('names the version and asks for the comments appendix', () => {
    expect(exportFileUrl('p 1', 'pdf', { versionId: 'v/2', comments: true })).toBe(
      '/api/plans/p%201/export?format=pdf&version=v%2F2&comments=1',
    )
  })
})

describe('bundleDownloadUrl', () => {
  it('escapes the job id', () => {
    expect(bundleDownloadUrl('a/b')).toBe('/api/exports/a%2Fb/download')
  })
})
