import type { TeamSummary, UserSummary } from '@coplan/protocol'
import { useState } from 'react'
import { useT } from '../i18n/useT'
import { NewPersonForm } from './NewPersonForm'
import { PeopleTable } from './PeopleTable'
import { PersonDialog } from './PersonDialog'

interface PeopleSectionProps {
  teams: TeamSummary[]
  people: UserSummary[]
  onSaved: (person: UserSummary) => void
}

/** Everyone in the course, the form for a new person, and the dialog managing one person. */
export const PeopleSection = ({ teams, people, onSaved }: PeopleSectionProps) => {
  const t = useT()
  const [managedId, setManagedId] = useState<string | null>(null)
  const managed = people.find((person) => person.id === managedId)

  return (
    <section className="admin-section" aria-labelledby="people-heading">
      <div className="admin-section-head">
        <h2 id="people-heading" className="admin-heading">
          {t('admin.people.heading')}
        </h2>
        <p className="admin-section-intro">{t('admin.people.intro')}</p>
      </div>
      <div className="admin-columns">
        <PeopleTable people={people} teams={teams} onManage={setManagedId} />
        <NewPersonForm teams={teams} onCreated={onSaved} />
      </div>
      {managed && (
        <PersonDialog
          // A fresh dialog per person, so no state of one leaks into another's.
          key={managed.id}
          person={managed}
          teams={teams}
          onSaved={onSaved}
          onClose={() => setManagedId(null)}
        />
      )}
    </section>
  )
}
