import type { PersonRef, ThreadView } from '@coplan/protocol'
import { requestJson } from './requestJson'

/** A new comment or an edit: the text and the ids of the people it mentions. */
export interface CommentInput {
  body: string
  mentions: string[]
}

const planPath = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`

/** Every thread of the plan, oldest first, resolved ones included. */
export const fetchThreads = async (planId: string, signal?: AbortSignal): Promise<ThreadView[]> =>
  (await requestJson<{ threads: ThreadView[] }>(`${planPath(planId)}/threads`, { signal })).threads

/**
 * Opens a thread on a passage. `anchor` holds base64 Yjs relative positions; the server quotes
 * the passage itself and answers 400 `invalid_anchor` when it is no longer in the plan.
 */
export const createThread = async (
  planId: string,
  input: CommentInput & { anchor: { start: string; end: string } },
): Promise<ThreadView> =>
  (
    await requestJson<{ thread: ThreadView }>(`${planPath(planId)}/threads`, {
      method: 'POST',
      body: JSON.stringify(input),
    })
  ).thread

export const replyToThread = async (
  planId: string,
  threadId: string,
  input: CommentInput,
): Promise<ThreadView> =>
  (
    await requestJson<{ thread: ThreadView }>(
      `${planPath(planId)}/threads/${encodeURIComponent(threadId)}/comments`,
      { method: 'POST', body: JSON.stringify(input) },
    )
  ).thread

/** Only the author may edit (403 `not_author`). */
export const editComment = async (
  planId: string,
  commentId: string,
  input: CommentInput,
): Promise<ThreadView> =>
  (
    await requestJson<{ thread: ThreadView }>(
      `${planPath(planId)}/comments/${encodeURIComponent(commentId)}`,
      { method: 'PATCH', body: JSON.stringify(input) },
    )
  ).thread

/** The author or an admin; deleting a thread's first comment deletes the whole thread. */
export const deleteComment = async (planId: string, commentId: string): Promise<void> => {
  await requestJson(`${planPath(planId)}/comments/${encodeURIComponent(commentId)}`, {
    method: 'DELETE',
  })
}

export const setThreadStatus = async (
  planId: string,
  threadId: string,
  action: 'resolve' | 'reopen',
): Promise<ThreadView> =>
  (
    await requestJson<{ thread: ThreadView }>(
      `${planPath(planId)}/threads/${encodeURIComponent(threadId)}/${action}`,
      { method: 'POST' },
    )
  ).thread

/** Who can see the plan, and so may be mentioned in its comments. */
export const fetchMentionable = async (
  planId: string,
  signal?: AbortSignal,
): Promise<PersonRef[]> =>
  (await requestJson<{ people: PersonRef[] }>(`${planPath(planId)}/people`, { signal })).people

/**
 * Tells the server the person has the plan open, which makes its comments so far "seen".
 * `keepalive` lets the request outlive the page when it is sent on leaving.
 */
export const recordVisit = async (planId: string): Promise<void> => {
  await requestJson(`${planPath(planId)}/visit`, { method: 'POST', keepalive: true })
}
