/** Caret and presence colours: readable on white, distinct from each other. */
export const USER_COLORS = [
  '#1f6feb',
  '#d1242f',
  '#1a7f37',
  '#8250df',
  '#bc4c00',
  '#0e7c86',
  '#bf3989',
  '#6e7781',
] as const

/** A stable colour for a person, so they look the same to everyone in every session. */
export const userColor = (userId: string): string => {
  let hash = 0
  for (let i = 0; i < userId.length; i++) hash = (hash * 31 + userId.charCodeAt(i)) >>> 0
  return USER_COLORS[hash % USER_COLORS.length] ?? USER_COLORS[0]
}
