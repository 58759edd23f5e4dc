import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { EnvironmentError, parseEnvironment, resolveConfig } from './config'

describe('parseEnvironment', () => {
  it('keeps every default when nothing is set', () => {
    const { port, host, overrides } = parseEnvironment({})
    expect(port).toBe(8080)
    expect(host).toBe('127.0.0.1')
    expect(overrides).toEqual({
      dataDir: path.resolve('data'),
      demo: true,
      demoPasswordRemote: false,
      publicUrl: null,
      allowedOrigins: [],
    })
    const config = resolveConfig(overrides)
    expect(config.compactEveryUpdates).toBe(500)
    expect(config.connectionsPerAddress).toBe(1000)
    expect(config.idleUnloadMs).toBe(30_000)
    expect(config.sessionIdleMs).toBe(14 * 24 * 60 * 60 * 1000)
  })

  it('reads every variable, in its unit', () => {
    const { port, host, overrides } = parseEnvironment({
      PORT: '0',
      HOST: '0.0.0.0',
      DATA_DIR: '/srv/coplan',
      COPLAN_DEMO: '0',
      COPLAN_DEMO_REMOTE: '1',
      PUBLIC_URL: 'https://plans.example.org',
      ALLOWED_ORIGINS: 'https://a.example.org,https://b.example.org',
      COMPACT_EVERY_UPDATES: '15',
      CONNECTIONS_PER_ADDRESS: '5000',
      IDLE_UNLOAD_SECONDS: '0.5',
      SESSION_IDLE_DAYS: '2',
    })
    expect({ port, host }).toEqual({ port: 0, host: '0.0.0.0' })
    expect(overrides).toEqual({
      dataDir: '/srv/coplan',
      demo: false,
      demoPasswordRemote: true,
      publicUrl: 'https://plans.example.org',
      allowedOrigins: ['https://a.example.org', 'https://b.example.org'],
      compactEveryUpdates: 15,
      connectionsPerAddress: 5000,
      idleUnloadMs: 500,
      sessionIdleMs: 2 * 24 * 60 * 60 * 1000,
    })
  })

  it('leaves a default in place for an empty number', () => {
    expect(parseEnvironment({ COMPACT_EVERY_UPDATES: '' }).overrides).not.toHaveProperty(
      'compactEveryUpdates',
    )
  })

  it('refuses a value it cannot use, naming each such variable', () => {
    expect(() => parseEnvironment({ PORT: 'abc' })).toThrow(EnvironmentError)
    expect(() => parseEnvironment({ PORT: 'abc' })).toThrow(/^PORT="abc": PORT must be a port/)
    expect(() => parseEnvironment({ PORT: '70000' })).toThrow(/PORT="70000"/)
    let message = ''
    try {
      parseEnvironment({ COMPACT_EVERY_UPDATES: '1.5', SESSION_IDLE_DAYS: 'two' })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message.split('\n')).toEqual([
      'COMPACT_EVERY_UPDATES="1.5": COMPACT_EVERY_UPDATES must be a whole number above 0',
      'SESSION_IDLE_DAYS="two": SESSION_IDLE_DAYS must be a number of days above 0',
    ])
  })
})
