import type { TeamSummary, UserSummary } from '@coplan/protocol'
import { useId, useState } from 'react'
import { updatePerson } from '../api/peopleApi'
import { useApiFailure } from '../auth/useApiFailure'
import { useSignedInUser } from '../auth/useSignedInUser'
import { useT } from '../i18n/useT'
import { Dialog } from '../ui/Dialog'
import { DialogActions } from '../ui/DialogActions'
import { assignmentBody, assignmentOf, isCompleteAssignment } from './Assignment'
import { PersonAccess } from './PersonAccess'
import { RoleFields } from './RoleFields'

interface PersonDialogProps {
  person: UserSummary
  teams: TeamSummary[]
  onSaved: (person: UserSummary) => void
  onClose: () => void
}

/**
 * Manages one person: name, role and team(s) in a form saved at once; below it, sign-in
 * matters (a new invitation link, deactivation), each taking effect on its own button. Changes
 * reach the person's open editors within a second.
 */
export const PersonDialog = ({ person, teams, onSaved, onClose }: PersonDialogProps) => {
  const t = useT()
  const me = useSignedInUser()
  const describeFailure = useApiFailure()
  const [name, setName] = useState(person.name)
  const [assignment, setAssignment] = useState(() => assignmentOf(person))
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const titleId = useId()
  const nameId = useId()
  const isSelf = person.id === me.id

  return (
    <Dialog titleId={titleId} onClose={onClose} wide>
      <form
        className="dialog-form"
        data-testid="person-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (saving || !isCompleteAssignment(assignment) || !name.trim()) return
          setSaving(true)
          setError(null)
          updatePerson(person.id, { name: name.trim(), ...assignmentBody(assignment) }).then(
            (saved) => {
              onSaved(saved)
              onClose()
            },
            (failure: unknown) => {
              setSaving(false)
              setError(describeFailure(failure))
            },
          )
        }}
      >
        <h2 id={titleId} className="dialog-title">
          {t('admin.person.title', { name: person.name })}
        </h2>
        <p className="dialog-intro">{person.email}</p>
        <label htmlFor={nameId} className="field-label">
          {t('admin.people.name')}
        </label>
        <input
          id={nameId}
          className="text-input"
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={200}
          required
        />
        <RoleFields value={assignment} onChange={setAssignment} teams={teams} roleLocked={isSelf} />
        {isSelf && <p className="field-hint">{t('admin.person.selfHint')}</p>}
        <DialogActions
          error={error}
          cancelLabel={t('admin.close')}
          onCancel={onClose}
          quietCancel
          confirmLabel={t('admin.person.save')}
          pendingLabel={t('admin.saving')}
          pending={saving}
          disabled={!name.trim() || !isCompleteAssignment(assignment)}
        />
      </form>
      <PersonAccess person={person} isSelf={isSelf} onSaved={onSaved} />
    </Dialog>
  )
}
