import { BlockList, isIP } from 'node:net'

/** Where a request comes from, as sign-in sees it. */
export interface RequestSource {
  /**
   * The client's address as the sign-in throttle counts it: the socket's, or behind a proxy on
   * this machine the one the proxy forwarded for; an IPv6 address stands for its /64, which one
   * client usually has whole.
   */
  address: string
  /**
   * Whether the request comes from this machine: its socket is loopback, and so is every
   * address a proxy says it forwarded for (an address that cannot be read counts as remote).
   */
  local: boolean
}

const LOOPBACK = new BlockList()
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4')
LOOPBACK.addAddress('::1', 'ipv6')

/** Whether `ip` (a plain IP address, see `parseAddress`) is one of this machine's loopback ones. */
export const isLoopback = (ip: string): boolean =>
  LOOPBACK.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4')

/**
 * An address as a header or socket spells it (`"[2001:db8::1]:4711"`, `1.2.3.4:80`,
 * `::ffff:10.0.0.1`) as a plain IP address, or `null` if it is none (`unknown`, `_hidden`).
 */
export const parseAddress = (raw: string): string | null => {
  let text = raw.trim().replace(/^"(.*)"$/, '$1')
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text)
  if (bracketed?.[1]) text = bracketed[1]
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'))
  text = text.toLowerCase()
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (mapped?.[1]) text = mapped[1]
  return isIP(text) === 0 ? null : text
}

/** The eight groups of an IPv6 address, `::` and a trailing dotted IPv4 part spelled out. */
const ipv6Groups = (ip: string): string[] => {
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(ip)
  const hex = dotted
    ? ip.slice(0, dotted.index) +
      [(Number(dotted[1]) << 8) | Number(dotted[2]), (Number(dotted[3]) << 8) | Number(dotted[4])]
        .map((group) => group.toString(16))
        .join(':')
    : ip
  const [head = '', tail] = hex.split('::')
  const headGroups = head ? head.split(':') : []
  const tailGroups = tail ? tail.split(':') : []
  const zeros = tail === undefined ? [] : Array(8 - headGroups.length - tailGroups.length).fill('0')
  return [...headGroups, ...zeros, ...tailGroups].map((group) => group.replace(/^0+(?=.)/, ''))
}

/** What the throttle counts an address as: itself, or for IPv6 its /64. */
export const addressKey = (ip: string): string =>
  isIP(ip) === 6 ? `${ipv6Groups(ip).slice(0, 4).join(':')}::/64` : ip

/** The addresses a request says it was forwarded for, nearest proxy's last. */
const forwardedFor = (headers: Headers): string[] => {
  const xForwardedFor = headers.get('x-forwarded-for')
  const forwarded = headers.get('forwarded')
  const fromForwarded = forwarded
    ? forwarded.split(',').flatMap((element) =>
        element.split(';').flatMap((pair) => {
          const [name, value] = pair.split('=')
          return name?.trim().toLowerCase() === 'for' && value !== undefined ? [value] : []
        }),
      )
    : []
  const fromXForwardedFor = xForwardedFor ? xForwardedFor.split(',') : []
  // A proxy appends to X-Forwarded-For, so its last entry is the one the client cannot forge.
  return [...fromForwarded, ...fromXForwardedFor].map((entry) => entry.trim())
}

/**
 * Where a request comes from, from its socket's address and its headers. Forwarding headers are
 * believed for the address only when the socket is loopback (a proxy on this machine, which must
 * set X-Forwarded-For or Forwarded); for `local` they can only ever make a request remote.
 */
export const requestSource = (
  socketAddress: string | undefined,
  headers: Headers,
): RequestSource => {
  const socket = parseAddress(socketAddress ?? '')
  const socketLocal = socket !== null && isLoopback(socket)
  const forwarded = forwardedFor(headers)
  const local =
    socketLocal &&
    forwarded.every((entry) => {
      const ip = parseAddress(entry)
      return ip !== null && isLoopback(ip)
    })
  const nearest = socketLocal ? forwarded.at(-1) : undefined
  const client = nearest === undefined ? socket : parseAddress(nearest)
  return {
    address:
      client === null ? (nearest ?? socketAddress ?? 'unknown').slice(0, 100) : addressKey(client),
    local,
  }
}
