/**
 * Caret and presence colours. Each carries white label text at a contrast of at least 4.5:1 and
 * stays distinct from its neighbours for the common colour-vision deficiencies.
 */
export const PALETTE = [
  '#1d4ed8', // blue
  '#b91c1c', // red
  '#047857', // green
  '#7e22ce', // purple
  '#b45309', // amber
  '#0e7490', // teal
  '#be185d', // pink
  '#4d7c0f', // olive
] as const

export const randomPaletteColor = (): string =>
  PALETTE[Math.floor(Math.random() * PALETTE.length)] ?? PALETTE[0]
