import { FIXTURE_SENTENCES, createExportFixture } from '@coplan/export'
import { describe, expect, it } from 'vitest'
import { connectClient } from '../testing/connectClient'
import { DEMO } from '../testing/demoAccounts'
import { startTestServer } from '../testing/startTestServer'
import { docxParagraphs, normalise, poppler, zipText } from '../testing/exportTestKit'
import { commentOn, seedExportPlan } from '../testing/seedExportPlan'

/** A server with Ghana's plan holding the every-node fixture and two comment threads. */
const setUp = async () => {
  const test = await startTestServer()
  const fixture = createExportFixture()
  const plan = seedExportPlan(test.server, {
    countryCode: 'GH',
    title: fixture.meta.title,
    doc: fixture.doc,
  })
  await commentOn(test.server, {
    planId: plan.id,
    email: DEMO.mentorKim,
    words: 'Train 40 officials',
    body: '연수 인원을 확인해 주세요.',
  })
  const get = (email: string, path: string) =>
    fetch(`${test.url}/api${path}`, {
      headers: { authorization: `Bearer ${test.tokenFor(email)}` },
    })
  const exportAs = async (format: string, query = '') => {
    const response = await get(
      DEMO.ghanaDelegate,
      `/plans/${plan.id}/export?format=${format}${query}`,
    )
    expect(response.status).toBe(200)
    return response
  }
  return { test, plan, get, exportAs }
}

describe('plan export', () => {
  it('writes Word with heading styles, list numbering, table cells, every script and the comments', async () => {
    const { exportAs } = await setUp()
    const response = await exportAs('docx', '&comments=1')
    expect(response.headers.get('content-type')).toContain('wordprocessingml')
    expect(response.headers.get('content-disposition')).toContain(
      'filename="Ghana - Digital Services Cooperation Plan.docx"',
    )
    const docx = new Uint8Array(await response.arrayBuffer())
    const xml = zipText(docx, 'word/document.xml')
    const paragraphs = docxParagraphs(xml)
    for (const [level, text] of [
      [1, 'Digital Services Cooperation Plan'],
      [2, 'Overview'],
      [2, 'Implementation plan and timeline'],
      [3, 'Proposed activities'],
      [4, 'Note on funding'],
    ] as const) {
      expect(xml).toMatch(
        new RegExp(`<w:pStyle w:val="Heading${level}"/>(?:(?!</w:p>).)*${text}`, 's'),
      )
    }
    // Lists: bulleted three deep, numbered from 3 with a nested list from 1.
    for (const level of [0, 1, 2]) expect(xml).toContain(`<w:ilvl w:val="${level}"/>`)
    const numbering = zipText(docx, 'word/numbering.xml')
    expect(numbering).toContain('<w:start w:val="3"/>')
    expect(numbering).toContain('w:val="decimal"')
    expect(numbering).toContain('w:val="bullet"')
    // Tables: header row repeated, spans kept, cell text.
    expect(xml).toContain('<w:tblHeader/>')
    expect(xml).toContain('<w:gridSpan w:val="2"/>')
    expect(xml).toContain('<w:vMerge w:val="restart"/>')
    for (const cell of ['Needs assessment', '행정안전부', 'Pilot and training', '40,000']) {
      expect(paragraphs).toContain(cell)
    }
    for (const sentence of Object.values(FIXTURE_SENTENCES)) {
      expect(paragraphs.join('\n')).toContain(sentence)
    }
    expect(paragraphs).toContain('연수 인원을 확인해 주세요.')
    // Korean is drawn with an East Asian font; Arabic is right to left.
    expect(zipText(docx, 'word/styles.xml')).toContain('w:eastAsia="Malgun Gothic"')
    expect(xml).toMatch(/<w:bidi\/>(?:(?!<\/w:p>).)*تهدف/s)
    expect(xml).toMatch(/<w:rtl\/>(?:(?!<\/w:r>).)*تهدف/s)
    // Marks and the table of contents.
    for (const mark of ['<w:b/>', '<w:i/>', '<w:strike/>', '<w:u w:val="single"/>']) {
      expect(xml).toContain(mark)
    }
    expect(xml).toContain('TOC \\h \\o &quot;1-3&quot;')
    expect(zipText(docx, 'word/_rels/document.xml.rels')).toContain('https://www.gov.kr')
  })

  it(
    'writes a PDF whose text reads in order, Korean exactly, with every font embedded and the contents numbered',
    { timeout: 60_000 },
    async () => {
      const { exportAs } = await setUp()
      const response = await exportAs('pdf', '&comments=1')
      expect(response.headers.get('content-type')).toBe('application/pdf')
      expect(response.headers.get('x-coplan-missing-glyphs')).toBeNull()
      const pdf = new Uint8Array(await response.arrayBuffer())
      const text = normalise(await poppler('pdftotext', pdf))
      const inOrder = [
        'DIGITAL GOVERNMENT POLICY MANAGER COURSE',
        'Ghana',
        'Digital Services Cooperation Plan',
        'Contents',
        'Overview',
        'Partners: Ministry of the Interior and Safety with the National Information Agency',
        'Partner institutions: 행정안전부 and the Ministry of Communications',
        'Министерство цифрового развития (observer)',
        FIXTURE_SENTENCES.korean,
        FIXTURE_SENTENCES.russian,
        FIXTURE_SENTENCES.thai,
        FIXTURE_SENTENCES.hindi,
        'Digital government is built together. 디지털 정부는 함께 만듭니다.',
        '{ "service": "정부24", "users": 1000 }',
        'Needs assessment 행정안전부 2025-03 2025-04',
        'Budget and resources',
        'Appendix: Comments',
        '연수 인원을 확인해 주세요.',
      ]
      let from = 0
      for (const passage of inOrder) {
        const at = text.indexOf(passage, from)
        expect(at, `"${passage}" after position ${from}`).toBeGreaterThanOrEqual(0)
        from = at + passage.length
      }
      // pdftotext reorders right-to-left lines its own way; every Arabic word is there whole.
      for (const word of FIXTURE_SENTENCES.arabic.replace('.', '').split(' ')) {
        expect(text).toContain(word)
      }
      expect(text).toMatch(/Page 3 of \d+/)

      const fonts = (await poppler('pdffonts', pdf)).split('\n').slice(2).filter(Boolean)
      for (const family of [
        'NotoSans-Regular',
        'NanumGothic',
        'NotoNaskhArabic',
        'NotoSansThai',
        'NotoSansDevanagari',
      ]) {
        expect(fonts.some((line) => line.includes(family))).toBe(true)
      }
      for (const line of fonts) expect(line.split(/\s+/).slice(-5, -4)[0], line).toBe('yes')

      // Each contents entry names the page its heading is on.
      const pages = (await poppler('pdftotext', pdf, '-layout')).split('\f')
      for (const heading of ['Overview', 'Budget and resources', 'Appendix: Comments']) {
        const entry = pages[1]?.match(new RegExp(`${heading}\\s+(\\d+)`))
        const page = pages.findIndex((p, i) => i > 1 && p.includes(heading)) + 1
        expect(entry?.[1], heading).toBe(String(page))
      }
    },
  )

  it('writes Markdown and a standalone HTML page with the same structure', async () => {
    const { exportAs } = await setUp()
    const markdown = await (await exportAs('md')).text()
    expect(markdown).toMatch(/^---\ncourse: "Digital Government Policy Manager Course"\n/)
    for (const line of [
      '## Overview',
      '- **Partner institutions:** 행정안전부 and the Ministry of Communications',
      '  - Министерство цифрового развития (observer)',
      '    - Kumasi office, third level',
      '3. Pilot the online certificate service in Accra',
      '   1. Map the current paper process',
      '| Needs assessment | 행정안전부 | 2025-03 | 2025-04 |',
      '> Digital government is built together. 디지털 정부는 함께 만듭니다.',
      '```json',
      ...Object.values(FIXTURE_SENTENCES),
    ]) {
      expect(markdown.split('\n')).toContain(line)
    }
    expect(markdown).toContain('~~old portal~~')
    expect(markdown).toContain('[Government24](<https://www.gov.kr>)')

    const response = await exportAs('html')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    const html = await response.text()
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/)
    expect(html).toContain('<h2 id="section-2" dir="auto">Overview</h2>')
    expect(html).toContain('<a href="#section-2">')
    expect(html).toMatch(/<ol start="3"><li><p dir="auto">Pilot/)
    expect(html).toContain('<td colspan="2">')
    expect(html).toContain('<td rowspan="2">')
    expect(html).toContain(`<p dir="auto" lang="ko">${FIXTURE_SENTENCES.korean}</p>`)
    expect(html).toContain(`<p dir="auto">${FIXTURE_SENTENCES.arabic}</p>`)
    expect(html).not.toMatch(/<(script|link|img)\b/)
  })

  it('records each export in the plan activity', async () => {
    const { test, plan, exportAs, get } = await setUp()
    await exportAs('md')
    const activity = (await (
      await get(DEMO.admin, `/plans/${plan.id}/activity?kind=export`)
    ).json()) as { activity: { detail: unknown; actor: { name: string } }[] }
    expect(activity.activity).toHaveLength(1)
    expect(activity.activity[0]?.detail).toEqual({ format: 'md', versionId: null })
    expect(activity.activity[0]?.actor.name).toBe(
      test.server.users.findByEmail(DEMO.ghanaDelegate)?.name,
    )
  })

  it('exports a saved version as it was, the same every time', { timeout: 60_000 }, async () => {
    const { test, plan, get } = await setUp()
    const token = test.tokenFor(DEMO.ghanaDelegate)
    const saved = (await (
      await fetch(`${test.url}/api/plans/${plan.id}/versions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Sent to the ministry' }),
      })
    ).json()) as { version: { id: string } }
    const writer = connectClient(test.collabUrl, plan.id, token)
    await writer.synced
    writer.appendParagraph('Added after the version was saved.')
    const current = () => get(DEMO.ghanaDelegate, `/plans/${plan.id}/export?format=md`)
    await expect.poll(async () => (await current()).text()).toContain('Added after the version')

    const version = (format: string) =>
      get(
        DEMO.ghanaDelegate,
        `/plans/${plan.id}/export?format=${format}&version=${saved.version.id}`,
      )
    const markdown = await (await version('md')).text()
    expect(markdown).toContain('version: "Sent to the ministry"')
    expect(markdown).toContain(FIXTURE_SENTENCES.korean)
    expect(markdown).not.toContain('Added after the version')
    for (const format of ['docx', 'pdf']) {
      const first = Buffer.from(await (await version(format)).arrayBuffer())
      const second = Buffer.from(await (await version(format)).arrayBuffer())
      expect(first.equals(second), format).toBe(true)
    }

    const other = test.server.course.listPlans().find((p) => p.team.countryCode === 'PE')
    const foreign = await get(
      DEMO.admin,
      `/plans/${other?.id}/export?format=md&version=${saved.version.id}`,
    )
    expect(foreign.status).toBe(404)
  })

  it('refuses people who may not read the plan, and bad requests', async () => {
    const { test, plan, get } = await setUp()
    const path = `/plans/${plan.id}/export?format=pdf`
    expect((await get(DEMO.peruDelegate, path)).status).toBe(403)
    expect((await get(DEMO.mentorLee, path)).status).toBe(403)
    expect((await get(DEMO.peruDelegate, `/plans/${plan.id}/export/check`)).status).toBe(403)
    expect((await fetch(`${test.url}/api${path}`)).status).toBe(401)
    expect((await get(DEMO.admin, '/plans/no-such-plan/export?format=md')).status).toBe(404)
    expect((await get(DEMO.admin, `/plans/${plan.id}/export?format=odt`)).status).toBe(400)
    expect((await get(DEMO.admin, `/plans/${plan.id}/export?format=md&version=nope`)).status).toBe(
      404,
    )
    // The mentor of the team reads the plan, so exports it.
    expect((await get(DEMO.mentorKim, `/plans/${plan.id}/export?format=md`)).status).toBe(200)
  })

  it(
    'says which characters no font can draw, and where, before and while exporting',
    { timeout: 60_000 },
    async () => {
      const { test, get } = await setUp()
      const plan = seedExportPlan(test.server, {
        countryCode: 'UZ',
        title: 'Plan with Ethiopic',
        doc: {
          type: 'doc',
          content: [
            { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Partners' }] },
            { type: 'paragraph', content: [{ type: 'text', text: 'Addis Ababa ሰላም office' }] },
          ],
        },
      })
      const check = await get(DEMO.uzbekDelegate, `/plans/${plan.id}/export/check`)
      const { missingGlyphs } = (await check.json()) as { missingGlyphs: { char: string }[] }
      expect(missingGlyphs).toEqual([
        { char: 'ሰ', codePoint: 'U+1230', section: { kind: 'heading', text: 'Partners' } },
        { char: 'ላ', codePoint: 'U+120B', section: { kind: 'heading', text: 'Partners' } },
        { char: 'ም', codePoint: 'U+121D', section: { kind: 'heading', text: 'Partners' } },
      ])
      const response = await get(DEMO.uzbekDelegate, `/plans/${plan.id}/export?format=pdf`)
      expect(response.status).toBe(200)
      const header = JSON.parse(response.headers.get('x-coplan-missing-glyphs') ?? '{}') as {
        count: number
        glyphs: unknown[]
      }
      expect(header).toEqual({ count: 3, glyphs: missingGlyphs })
    },
  )
})
