/**
 * The limits a plan keeps, whoever writes it. None is reached by a real plan (the longest
 * course plan, 1,200 pages, is ~4.5 MB with lists nested a few levels); each bounds what a
 * hostile or buggy writer can make the server, the exports and every other editor walk, fill
 * or hold. The server refuses an update that goes beyond one (closing only its sender), and
 * what reads a stored plan leaves out or repairs anything beyond them.
 */
export const PLAN_LIMITS = {
  /** Elements inside elements: a paragraph straight in the body is at depth 1. */
  maxDepth: 48,
  /** Columns one table cell may span. */
  maxColspan: 64,
  /** Rows one table cell may span. */
  maxRowspan: 1000,
  /** Widest column a cell may set, in pixels. */
  maxColumnWidthPx: 10_000,
  /** Longest link target, in characters. */
  maxHrefChars: 2048,
  /** Largest number an ordered list may start at. */
  maxListStart: 1_000_000,
  /**
   * Longest short attribute (a code block's language, a link's title, rel, class or target),
   * in characters: each is a word or a line, and every element and mark carrying one is read
   * by the exports and by every editor.
   */
  maxAttributeChars: 256,
  /** Characters of text one update may add (~300 pages; a paste of a whole plan is less). */
  maxTextPerUpdate: 1_000_000,
  /** Bytes a plan may take in storage (its snapshot and the updates since). */
  maxPlanBytes: 32 * 1024 * 1024,
} as const

/** Link schemes a plan may hold; anything else (javascript:, data:, file:…) is refused. */
export const LINK_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:', 'tel:']
