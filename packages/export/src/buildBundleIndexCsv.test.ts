import { describe, expect, it } from 'vitest'
import { buildBundleIndexCsv } from './buildBundleIndexCsv'

const row = {
  country: 'Ghana',
  countryCode: 'GH',
  title: 'Plan, "draft" 2',
  status: 'Final',
  version: 'Current text',
  lastEdited: '2025-06-30T09:00:00.000Z',
  wordCount: 1234,
  included: true,
  files: ['Ghana/a.docx', 'Ghana/a.pdf'],
}

describe('bundle index', () => {
  it('is CSV for Excel: a byte order mark, CRLF lines, quoted cells where needed', () => {
    const csv = buildBundleIndexCsv([
      row,
      { ...row, title: '서울 계획', included: false, reason: 'Not final', files: [] },
    ])
    expect(
      csv.startsWith(
        '\uFEFFteam,country code,plan title,status,version,last edited,word count,included,reason,files\r\n',
      ),
    ).toBe(true)
    expect(csv).toContain(
      'Ghana,GH,"Plan, ""draft"" 2",Final,Current text,2025-06-30T09:00:00.000Z,1234,yes,,Ghana/a.docx; Ghana/a.pdf\r\n',
    )
    expect(csv).toContain(
      ',서울 계획,Final,Current text,2025-06-30T09:00:00.000Z,1234,no,Not final,\r\n',
    )
  })

  it('keeps titles from being run as formulas', () => {
    expect(buildBundleIndexCsv([{ ...row, title: '=HYPERLINK("x")' }])).toContain(
      `"'=HYPERLINK(""x"")"`,
    )
  })
})
