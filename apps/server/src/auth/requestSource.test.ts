import { describe, expect, it } from 'vitest'
import { addressKey, parseAddress, requestSource } from './requestSource'

const source = (socket: string | undefined, headers: Record<string, string> = {}) =>
  requestSource(socket, new Headers(headers))

describe('parseAddress', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    [' 203.0.113.7:4711 ', '203.0.113.7'],
    ['"203.0.113.7:4711"', '203.0.113.7'],
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['"[2001:DB8::17]:4711"', '2001:db8::17'],
    ['[::1]', '::1'],
    ['unknown', null],
    ['_hidden', null],
    ['', null],
  ])('reads %j as %j', (raw, ip) => {
    expect(parseAddress(raw)).toBe(ip)
  })
})

describe('addressKey', () => {
  it('counts an IPv4 address by itself and an IPv6 address by its /64', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7')
    expect(addressKey('2001:db8:0:42::17')).toBe('2001:db8:0:42::/64')
    expect(addressKey('2001:0db8:0000:0042:ffff:1:2:3')).toBe('2001:db8:0:42::/64')
    expect(addressKey('2001:db8::')).toBe('2001:db8:0:0::/64')
    expect(addressKey('::1')).toBe('0:0:0:0::/64')
    expect(addressKey('64:ff9b:1:2::198.51.100.7')).toBe('64:ff9b:1:2::/64')
  })
})

describe('requestSource', () => {
  it('takes a loopback socket without forwarding headers as this machine', () => {
    expect(source('127.0.0.1')).toEqual({ address: '127.0.0.1', local: true })
    expect(source('127.0.0.2')).toEqual({ address: '127.0.0.2', local: true })
    expect(source('::1')).toEqual({ address: '0:0:0:0::/64', local: true })
    expect(source('::ffff:127.0.0.1')).toEqual({ address: '127.0.0.1', local: true })
  })

  it('takes any other socket as remote, whatever its headers claim', () => {
    expect(source('203.0.113.7')).toEqual({ address: '203.0.113.7', local: false })
    expect(source('203.0.113.7', { 'x-forwarded-for': '127.0.0.1' })).toEqual({
      address: '203.0.113.7',
      local: false,
    })
    expect(source('10.0.0.5', { forwarded: 'for=127.0.0.1' }).local).toBe(false)
    expect(source('128.0.0.1').local).toBe(false)
    expect(source(undefined)).toEqual({ address: 'unknown', local: false })
  })

  it('behind a proxy on this machine, counts the address it forwarded for and calls it remote', () => {
    expect(source('127.0.0.1', { 'x-forwarded-for': '198.51.100.4, 203.0.113.7' })).toEqual({
      address: '203.0.113.7',
      local: false,
    })
    expect(
      source('127.0.0.1', { forwarded: 'for=198.51.100.4;proto=https, for="[2001:db8::17]:4711"' }),
    ).toEqual({ address: '2001:db8:0:0::/64', local: false })
    // A proxy on this machine relaying a request from this machine.
    expect(
      source('127.0.0.1', { 'x-forwarded-for': '127.0.0.1', forwarded: 'for="[::1]"' }),
    ).toEqual({ address: '127.0.0.1', local: true })
  })

  it('calls a request remote if any address it was forwarded for is not loopback or unreadable', () => {
    expect(source('127.0.0.1', { 'x-forwarded-for': '203.0.113.7, 127.0.0.1' }).local).toBe(false)
    expect(source('127.0.0.1', { forwarded: 'for=unknown' })).toEqual({
      address: 'unknown',
      local: false,
    })
    expect(source('127.0.0.1', { forwarded: 'for=_proxy1, for=127.0.0.1' }).local).toBe(false)
  })
})
