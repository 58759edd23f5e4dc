import type { CommentView } from '@coplan/protocol'
import { splitMentions } from './mentionText'

/** A comment's text, its mentions marked; line breaks kept by CSS (`white-space: pre-wrap`). */
export const CommentBody = ({ comment }: { comment: CommentView }) => (
  <p className="comment-body">
    {splitMentions(
      comment.body,
      comment.mentions.map((person) => person.name),
    ).map((part, index) =>
      part.mention ? (
        <span key={index} className="comment-mention">
          {part.text}
        </span>
      ) : (
        part.text
      ),
    )}
  </p>
)
