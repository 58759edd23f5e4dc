import type { Connection } from './Connection'

/**
 * The person behind a transaction origin: a connection's identity, or a server-side change
 * made on someone's behalf (a restore) that passes an origin of the same shape.
 */
export const editorIdOf = (origin: unknown): string | null => {
  const id = (origin as { identity?: { id?: unknown } | null } | null)?.identity?.id
  return typeof id === 'string' ? id : null
}

/** Whom a connection writes for: its person, or itself alone when it has no identity. */
export const personOf = (connection: Connection): string =>
  editorIdOf(connection) ?? `connection:${connection.id}`
