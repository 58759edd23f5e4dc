import { readStored, writeStored } from '../lib/browserStorage'
import { PALETTE, randomPaletteColor } from './palette'

export const NAME_STORAGE_KEY = 'coplan.displayName'
export const COLOR_STORAGE_KEY = 'coplan.color'

/** Longest display name kept; longer names would not fit a caret label. */
export const MAX_NAME_LENGTH = 40

export interface StoredIdentity {
  /** `null` until the person has chosen a name. */
  name: string | null
  color: string
}

/**
 * Until Coplan has accounts, who you are is a name and a colour remembered by this browser.
 * The colour is picked once and stored at once, so it stays the same across tabs and visits.
 */
export const loadIdentity = (): StoredIdentity => {
  const name = readStored(NAME_STORAGE_KEY)?.trim() || null
  const stored = readStored(COLOR_STORAGE_KEY)
  const color = PALETTE.find((entry) => entry === stored) ?? randomPaletteColor()
  if (color !== stored) writeStored(COLOR_STORAGE_KEY, color)
  return { name, color }
}

export const storeName = (name: string): void => writeStored(NAME_STORAGE_KEY, name)
