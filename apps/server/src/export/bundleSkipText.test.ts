import { describe, expect, it } from 'vitest'
import { bundleSkipText } from './bundleSkipText'

describe('bundleSkipText', () => {
  it('words the reason codes in English for the index and the command line', () => {
    expect(bundleSkipText({ reason: 'not_final', status: 'in_review' })).toBe(
      'Not final (status: In review)',
    )
    expect(bundleSkipText({ reason: 'export_failed', status: 'final', detail: 'disk full' })).toBe(
      'Export failed: disk full',
    )
    expect(bundleSkipText({ reason: 'export_failed', status: 'final' })).toBe('Export failed')
    expect(bundleSkipText({ status: 'final' })).toBe('')
  })
})
