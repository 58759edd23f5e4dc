import type { TeamSummary, UserSummary } from '@coplan/protocol'
import { useState } from 'react'
import { BundleExport } from '../export/BundleExport'
import { PeopleSection } from './PeopleSection'
import { TeamsSection } from './TeamsSection'

interface AdminConsoleProps {
  initialTeams: TeamSummary[]
  initialPeople: UserSummary[]
}

/**
 * The loaded console. Each change is sent to the server and the server's answer replaces the
 * local copy of that team or person, so the page shows what the server stored.
 */
export const AdminConsole = ({ initialTeams, initialPeople }: AdminConsoleProps) => {
  const [teams, setTeams] = useState(initialTeams)
  const [people, setPeople] = useState(initialPeople)

  const savePerson = (person: UserSummary) =>
    setPeople((current) =>
      current.some((entry) => entry.id === person.id)
        ? current.map((entry) => (entry.id === person.id ? person : entry))
        : [...current, person],
    )

  return (
    <>
      <TeamsSection
        teams={teams}
        people={people}
        onCreated={(team) => setTeams((current) => [...current, team])}
      />
      <PeopleSection teams={teams} people={people} onSaved={savePerson} />
      <BundleExport />
    </>
  )
}
