import { describe, expect, it } from 'vitest'
import { exportFileName, safeFileName } from './exportFileName'

describe('export file names', () => {
  it('name the country and title, in any script, without characters file systems refuse', () => {
    expect(exportFileName({ country: 'Ghana', title: 'Plan: e-ID / 2025?' }, 'pdf')).toBe(
      'Ghana - Plan e-ID 2025.pdf',
    )
    expect(exportFileName({ country: '대한민국', title: '협력 계획' }, 'docx')).toBe(
      '대한민국 - 협력 계획.docx',
    )
  })

  it('never come out empty or hidden', () => {
    expect(safeFileName('...')).toBe('plan')
    expect(safeFileName('.hidden')).toBe('hidden')
  })
})
