import type { JSONContent } from '@tiptap/core'
import { Fragment, Slice, type Node as PmNode } from '@tiptap/pm/model'
import { EditorState, type Transaction } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import { PLAN_LIMITS } from './planLimits'
import { planLimitsPlugin, sliceWithinRules } from './planLimitsGuard'
import { createPlanSchema } from './planSchema'

const schema = createPlanSchema()

const text = (value: string): JSONContent => ({ type: 'text', text: value })
const paragraph = (value: string): JSONContent => ({ type: 'paragraph', content: [text(value)] })
const quotes = (depth: number, inner: JSONContent): JSONContent =>
  depth === 0 ? inner : { type: 'blockquote', content: [quotes(depth - 1, inner)] }
const table = (cellAttrs: object): JSONContent => ({
  type: 'table',
  content: [
    {
      type: 'tableRow',
      content: [{ type: 'tableCell', attrs: cellAttrs, content: [paragraph('cell')] }],
    },
  ],
})

const stateOf = (...content: JSONContent[]): EditorState =>
  EditorState.create({
    schema,
    doc: schema.nodeFromJSON({ type: 'doc', content: [paragraph('Plan'), ...content] }),
    plugins: [planLimitsPlugin()],
  })

/** Whether `change` goes through: the state's doc changed. */
const applies = (state: EditorState, change: (tr: Transaction) => Transaction): boolean =>
  !state.apply(change(state.tr)).doc.eq(state.doc)

const node = (json: JSONContent): PmNode => schema.nodeFromJSON(json)
const end = (state: EditorState): number => state.doc.content.size

describe('the editor keeps within the plan limits', () => {
  it('lets ordinary writing through', () => {
    const state = stateOf(table({ colspan: 1 }))
    expect(applies(state, (tr) => tr.insertText(' grows', 5))).toBe(true)
    expect(
      applies(state, (tr) =>
        tr.insert(end(state), node(quotes(PLAN_LIMITS.maxDepth - 1, paragraph('deepest')))),
      ),
    ).toBe(true)
    const link = schema.marks.link?.create({ href: 'https://www.gov.kr' })
    expect(link && applies(state, (tr) => tr.addMark(1, 5, link))).toBe(true)
  })

  it('holds back a change that would go beyond a limit', () => {
    const state = stateOf(table({ colspan: 1 }))
    expect(
      applies(state, (tr) =>
        tr.insert(end(state), node(quotes(PLAN_LIMITS.maxDepth, paragraph('too deep')))),
      ),
    ).toBe(false)
    let cell = -1
    state.doc.descendants((child, pos) => {
      if (child.type.name === 'tableCell') cell = pos
    })
    expect(applies(state, (tr) => tr.setNodeMarkup(cell, undefined, { colspan: 1_000_000 }))).toBe(
      false,
    )
    const bad = schema.marks.link?.create({ href: 'javascript:alert(1)' })
    expect(bad && applies(state, (tr) => tr.addMark(1, 5, bad))).toBe(false)
    expect(
      applies(state, (tr) => tr.insertText('x'.repeat(PLAN_LIMITS.maxTextPerUpdate + 1), 5)),
    ).toBe(false)
  })

  it('never holds back what comes from other editors through Yjs', () => {
    const state = stateOf()
    const deep = node(quotes(PLAN_LIMITS.maxDepth, paragraph('from the server')))
    expect(
      applies(state, (tr) =>
        tr.insert(end(state), deep).setMeta(ySyncPluginKey, { isChangeOrigin: true }),
      ),
    ).toBe(true)
  })

  it('pastes what it can within the rules: refused values back to their defaults, what is too deep left out', () => {
    const pasted = new Slice(
      Fragment.fromArray([
        node(table({ colspan: 1_000_000, rowspan: 2, colwidth: [Number.NaN] })),
        node({
          type: 'orderedList',
          attrs: { start: -3 },
          content: [{ type: 'listItem', content: [paragraph('minus')] }],
        }),
        node({
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'Gov24',
              marks: [
                { type: 'link', attrs: { href: 'https://www.gov.kr', title: 't'.repeat(10_000) } },
              ],
            },
          ],
        }),
        node(quotes(PLAN_LIMITS.maxDepth + 5, paragraph('too deep'))),
      ]),
      0,
      0,
    )
    const json = JSON.stringify(sliceWithinRules(pasted).content.toJSON())
    expect(json).toContain('"colspan":1,"rowspan":2,"colwidth":null')
    expect(json).toContain('"start":1')
    expect(json).toContain('"href":"https://www.gov.kr"')
    expect(json).not.toContain('tttt')
    expect(json).not.toContain('too deep')
    const state = stateOf()
    expect(
      applies(state, (tr) => tr.replace(end(state), end(state), sliceWithinRules(pasted))),
    ).toBe(true)
  })
})

describe('a paste open deeper than the depth limit', () => {
  it('keeps its open sides where its content still reaches, so it can be pasted', () => {
    // As a browser's clipboard parser opens it: down to the bottom of its last child.
    const content = node({
      type: 'doc',
      content: [paragraph('before'), quotes(60, paragraph('too deep'))],
    }).content
    const pasted = sliceWithinRules(new Slice(content, 0, 62))
    expect(pasted.openEnd).toBeLessThanOrEqual(PLAN_LIMITS.maxDepth)
    const state = stateOf()
    const after = state.apply(state.tr.replace(end(state), end(state), pasted)).doc
    expect(after.textContent).toBe('Planbefore')
  })
})
