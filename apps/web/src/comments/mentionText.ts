import type { PersonRef } from '@coplan/protocol'

// Comments are plain text; a mention is "@" and the person's full name. The ids sent to the
// server are found again in the text when it is sent, so deleting a mention's text removes it.

/** A letter or digit right after a name means the name goes on ("@Ama" in "@Amanda"). */
const continuesWord = (char: string | undefined): boolean =>
  char !== undefined && /[\p{L}\p{N}]/u.test(char)

/** The stretches of `body` that mention someone in `names`, longest names first, no overlaps. */
const mentionSpans = (body: string, names: readonly string[]) => {
  const spans: { start: number; end: number; name: string }[] = []
  const sorted = [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length)
  for (const name of sorted) {
    const needle = `@${name}`
    for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + 1)) {
      const end = at + needle.length
      const free = spans.every((span) => end <= span.start || at >= span.end)
      if (free && !continuesWord(body[end])) spans.push({ start: at, end, name })
    }
  }
  return spans.sort((a, b) => a.start - b.start)
}

/** The ids of the people `body` mentions. */
export const mentionedIds = (body: string, people: readonly PersonRef[]): string[] => {
  const names = new Set(
    mentionSpans(
      body,
      people.map((person) => person.name),
    ).map((s) => s.name),
  )
  return people.filter((person) => names.has(person.name)).map((person) => person.id)
}

export type BodyPart = { text: string; mention: boolean }

/** `body` cut into plain text and mentions of `names`, for display. */
export const splitMentions = (body: string, names: readonly string[]): BodyPart[] => {
  const parts: BodyPart[] = []
  let index = 0
  for (const span of mentionSpans(body, names)) {
    if (span.start > index) parts.push({ text: body.slice(index, span.start), mention: false })
    parts.push({ text: body.slice(span.start, span.end), mention: true })
    index = span.end
  }
  if (index < body.length) parts.push({ text: body.slice(index), mention: false })
  return parts
}

/** The "@name" being typed at `caret`: where its "@" is and the text after it. */
export interface MentionQuery {
  at: number
  query: string
}

const MAX_QUERY_CHARS = 40

/**
 * The mention being typed at the caret, if any: an "@" at the start or after a space or
 * bracket (so not an email address), followed by at most a few words on the same line.
 */
export const mentionQueryAt = (text: string, caret: number): MentionQuery | null => {
  const before = text.slice(Math.max(0, caret - MAX_QUERY_CHARS - 1), caret)
  const at = before.lastIndexOf('@')
  if (at < 0) return null
  const start = caret - before.length + at
  const previous = text[start - 1]
  if (previous !== undefined && !/[\s([{"'“‘]/u.test(previous)) return null
  const query = text.slice(start + 1, caret)
  if (/\n/.test(query) || /^\s/.test(query) || query.split(' ').length > 3) return null
  return { at: start, query }
}

/** People whose name starts with `query`, or has a word that does; best matches first. */
export const matchPeople = (
  people: readonly PersonRef[],
  query: string,
  limit = 6,
): PersonRef[] => {
  const needle = query.toLocaleLowerCase()
  const rank = (person: PersonRef): number => {
    const name = person.name.toLocaleLowerCase()
    if (name.startsWith(needle)) return 0
    return name.split(/[\s-]+/).some((word) => word.startsWith(needle)) ? 1 : -1
  }
  return people
    .map((person) => ({ person, rank: rank(person) }))
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.person.name.localeCompare(b.person.name))
    .slice(0, limit)
    .map((entry) => entry.person)
}

/** `text` with the query at `mention` replaced by the person's full mention and a space. */
export const insertMention = (
  text: string,
  mention: MentionQuery,
  name: string,
): { text: string; caret: number } => {
  const end = mention.at + 1 + mention.query.length
  const inserted = `@${name} `
  const rest = text.slice(end).replace(/^ /, '')
  return { text: text.slice(0, mention.at) + inserted + rest, caret: mention.at + inserted.length }
}
