import type { PersonRef, ThreadView } from '@coplan/protocol'
import { formatExportDate } from './formatExportDate'

/** One comment thread as the comments appendix of every format shows it. */
export interface ThreadSummary {
  /** 1-based, in the order the threads were opened. */
  number: number
  /** The passage the thread is about. */
  quote: string
  /** "Open", or "Resolved by … on …". */
  status: string
  resolved: boolean
  comments: { author: string; date: string; body: string }[]
}

/** How a person is named in the appendix: "Ama Owusu (delegate, Ghana)". */
export const personLabel = (person: PersonRef): string =>
  `${person.name} (${[person.role, person.team].filter(Boolean).join(', ')})`

/**
 * The threads in the order they were opened, open and resolved alike, each with every comment,
 * its author and its date. Sorted here, not by the caller, so the appendix never depends on the
 * order a database returned rows in.
 */
export const summarizeThreads = (threads: readonly ThreadView[]): ThreadSummary[] =>
  [...threads]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((thread, index) => ({
      number: index + 1,
      quote: thread.quote.exact,
      resolved: thread.status === 'resolved',
      status:
        thread.status === 'resolved'
          ? `Resolved${thread.resolvedBy ? ` by ${personLabel(thread.resolvedBy)}` : ''}${
              thread.resolvedAt ? ` on ${formatExportDate(thread.resolvedAt, true)}` : ''
            }`
          : 'Open',
      comments: thread.comments.map((comment) => ({
        author: personLabel(comment.author),
        date:
          formatExportDate(comment.createdAt, true) +
          (comment.editedAt ? ` (edited ${formatExportDate(comment.editedAt, true)})` : ''),
        body: comment.body,
      })),
    }))

/** The heading of the comments appendix. */
export const COMMENTS_HEADING = 'Appendix: Comments'
