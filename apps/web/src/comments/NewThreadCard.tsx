import { useT } from '../i18n/useT'
import { DRAFT_ID } from './commentHighlights'
import { CommentComposer } from './CommentComposer'
import type { CommentsController } from './useComments'

/** The card where a new thread's first comment is written, beside the selected passage. */
export const NewThreadCard = ({ comments }: { comments: CommentsController }) => {
  const t = useT()
  return (
    <div
      className="comment-card comment-card--draft"
      data-card-id={DRAFT_ID}
      data-testid="comment-draft"
    >
      <CommentComposer
        autoFocus
        people={comments.people}
        label={t('comments.newLabel')}
        placeholder={t('comments.newPlaceholder')}
        submitLabel={t('comments.submit')}
        onSubmit={comments.submitDraft}
        onCancel={comments.cancelDraft}
      />
    </div>
  )
}
