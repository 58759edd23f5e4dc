/**
 * localStorage that degrades to "nothing stored": storage can be disabled or full (private
 * windows, strict privacy settings), and a preference that is not remembered must never stop
 * someone from writing their plan.
 */
export const readStored = (key: string): string | null => {
  try {
    return window.localStorage.getItem(key)
  } catch (error) {
    console.warn(`Could not read ${key} from localStorage`, error)
    return null
  }
}

export const writeStored = (key: string, value: string): void => {
  try {
    window.localStorage.setItem(key, value)
  } catch (error) {
    console.warn(`Could not write ${key} to localStorage`, error)
  }
}

export const removeStored = (key: string): void => {
  try {
    window.localStorage.removeItem(key)
  } catch (error) {
    console.warn(`Could not remove ${key} from localStorage`, error)
  }
}

/** Removes every key that starts with `prefix`. */
export const removeStoredWithPrefix = (prefix: string): void => {
  try {
    const keys = Array.from({ length: window.localStorage.length }, (_, i) =>
      window.localStorage.key(i),
    )
    for (const key of keys) if (key?.startsWith(prefix)) window.localStorage.removeItem(key)
  } catch (error) {
    console.warn(`Could not remove ${prefix}… from localStorage`, error)
  }
}
