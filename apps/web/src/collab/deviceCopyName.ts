// Apart from DeviceCopy (which loads Yjs and y-indexeddb), for pages that only need the names.

/**
 * The IndexedDB database of one person's copy of one plan. Keyed by person too, so that two
 * people sharing a computer never load each other's unsent text into their editor.
 */
export const deviceCopyName = (userId: string, planId: string): string =>
  `${deviceCopyOwnerPrefix(userId)}${planId}`

/** What the names of one person's copies (and their plans' kept summaries) start with. */
export const deviceCopyOwnerPrefix = (userId: string): string => `coplan:${userId}:`
