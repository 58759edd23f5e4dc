import { useId, useRef, useState } from 'react'
import type { Invitation } from '../api/peopleApi'
import { useI18n } from '../i18n/useI18n'

/**
 * A fresh invitation link, to pass on to the person: selectable text, a copy button and when it
 * expires. Coplan sends no email, so the admin sends it themselves.
 */
export const InvitationLink = ({ invitation, name }: { invitation: Invitation; name: string }) => {
  const { t, lang } = useI18n()
  const inputRef = useRef<HTMLInputElement>(null)
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle')
  const inputId = useId()
  const expires = new Date(invitation.expiresAt)

  return (
    <div className="invitation" data-testid="invitation">
      <label htmlFor={inputId} className="field-label">
        {t('admin.invitation.label', { name })}
      </label>
      <div className="invitation-row">
        <input
          ref={inputRef}
          id={inputId}
          className="text-input invitation-url"
          data-testid="invitation-url"
          value={invitation.invitationUrl}
          readOnly
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className="button"
          onClick={() => {
            inputRef.current?.select()
            // Without a secure origin there is no `navigator.clipboard`: the throw becomes a
            // rejection here, and the selected text can still be copied by hand.
            Promise.resolve()
              .then(() => navigator.clipboard.writeText(invitation.invitationUrl))
              .then(
                () => setCopy('copied'),
                () => setCopy('failed'),
              )
          }}
        >
          {t('admin.invitation.copy')}
        </button>
      </div>
      <p className="field-hint">
        {t('admin.invitation.expires', {
          date: expires.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' }),
        })}
      </p>
      <p className="field-hint" role="status">
        {copy === 'copied' && t('admin.invitation.copied')}
        {copy === 'failed' && t('admin.invitation.copyFailed')}
      </p>
    </div>
  )
}
