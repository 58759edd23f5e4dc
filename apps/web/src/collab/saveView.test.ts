import { describe, expect, it } from 'vitest'
import { saveView } from './saveView'

const writer = { canWrite: true } as const

describe('saveView', () => {
  it('is saved only when nothing is unconfirmed, whatever the connection', () => {
    expect(saveView(0, { ...writer, connection: 'synced' })).toBe('saved')
    expect(saveView(0, { ...writer, connection: 'offline' })).toBe('saved')
  })

  it('is saving while a connection can carry the changes', () => {
    expect(saveView(3, { ...writer, connection: 'synced' })).toBe('saving')
    expect(saveView(1, { ...writer, connection: 'connecting' })).toBe('saving')
  })

  it('says the changes wait when nothing can carry them now', () => {
    expect(saveView(2, { ...writer, connection: 'offline' })).toBe('unsaved-offline')
    expect(saveView(2, { ...writer, connection: 'closed' })).toBe('unsaved-offline')
    expect(saveView(2, { canWrite: false, connection: 'synced' })).toBe('unsaved-offline')
  })
})
