import { describe, expect, it } from 'vitest'
import { FALLBACK_CARET_COLOR, remoteCaretsOf } from './remoteCaretsOf'

const cursor = { anchor: { item: 1 }, head: { item: 2 } }

describe('remoteCaretsOf', () => {
  it('lists everyone else who has a caret, with their name and colour', () => {
    const states = new Map<number, unknown>([
      [1, { user: { name: 'Ama Owusu', color: '#aa3300' }, cursor }],
      [2, { user: { name: 'Me', color: '#000000' }, cursor }],
    ])
    expect(remoteCaretsOf(states, 2)).toEqual([
      { clientId: 1, name: 'Ama Owusu', color: '#aa3300', ...cursor },
    ])
  })

  it('leaves out collaborators without a caret: focus elsewhere, or no state yet', () => {
    const states = new Map<number, unknown>([
      [1, { user: { name: 'Blurred', color: '#aa3300' }, cursor: null }],
      [3, { user: { name: 'Half', color: '#aa3300' }, cursor: { anchor: null, head: null } }],
      [4, null],
      [5, {}],
    ])
    expect(remoteCaretsOf(states, 2)).toEqual([])
  })

  it('never puts a colour that is not #rrggbb into a style, and names the nameless', () => {
    const states = new Map<number, unknown>([
      [7, { user: { name: '', color: 'red; background: url(x)' }, cursor }],
    ])
    expect(remoteCaretsOf(states, 2)).toEqual([
      { clientId: 7, name: 'User 7', color: FALLBACK_CARET_COLOR, ...cursor },
    ])
  })
})
