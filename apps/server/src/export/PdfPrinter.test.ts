import { describe, expect, it, onTestFinished } from 'vitest'
import { Unavailable } from '../errors'
import { PdfPrinter } from './PdfPrinter'

const printer = (options: ConstructorParameters<typeof PdfPrinter>[0] = {}) => {
  const created = new PdfPrinter(options)
  onTestFinished(() => created.close())
  return created
}

const MISSING_FONT = {
  family: 'Noto Sans Ethiopic',
  file: '/nonexistent/NotoSansEthiopic-Regular.ttf',
  debianPackage: 'fonts-noto-extra',
  covers: 'Ethiopic',
}

describe('PDF printer', () => {
  it('prints HTML to PDF, and again after its idle browser was closed', async () => {
    const pdfs = printer({ idleCloseMs: 1 })
    const first = await pdfs.print('<!doctype html><p>Hello 안녕하세요</p>')
    expect(new TextDecoder().decode(first.slice(0, 5))).toBe('%PDF-')
    await new Promise((resolve) => setTimeout(resolve, 50))
    const second = await pdfs.print('<!doctype html><p>Again</p>')
    expect(new TextDecoder().decode(second.slice(0, 5))).toBe('%PDF-')
  })

  it('says what to install when Chromium cannot start', async () => {
    const error = await printer({ executablePath: '/nonexistent/chromium' })
      .print('<p>x</p>')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Unavailable)
    expect(error).toMatchObject({ kind: 'unavailable', code: 'pdf_unavailable' })
    expect((error as Error).message).toContain('apt-get install chromium')
  })

  it('says which font packages to install when fonts are missing', async () => {
    const error = await printer({ fonts: [MISSING_FONT] })
      .print('<p>x</p>')
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'unavailable', code: 'pdf_unavailable' })
    expect((error as Error).message).toContain('apt-get install fonts-noto-extra')
  })
})
