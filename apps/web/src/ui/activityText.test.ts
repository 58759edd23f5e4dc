import type { ActivityView } from '@coplan/protocol'
import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en'
import { ko } from '../i18n/ko'
import { translate, translator } from '../i18n/translate'
import type { Translate } from '../i18n/translate'
import { activityMessage, activityText } from './activityText'

const inEnglish = translator(en, 'en')
const inKorean = translator(ko, 'ko')

const entry = (kind: ActivityView['kind'], detail: object, actor = true): ActivityView => ({
  id: 'a1',
  planId: 'p1',
  planTitle: 'Plan',
  kind,
  actor: actor ? { id: 'u1', name: 'Kim Min-jun', role: 'mentor', team: null } : null,
  detail: detail as Record<string, unknown>,
  createdAt: '2026-03-01T10:00:00.000Z',
})

describe('activityText', () => {
  it('tells each status change, a resubmission apart from a first submission', () => {
    const text = (from: string, to: string) =>
      activityText(inEnglish, entry('status', { from, to, message: '' }), 'Kim')
    expect(text('draft', 'in_review')).toBe('Kim submitted the plan for review')
    expect(text('changes_requested', 'in_review')).toBe('Kim resubmitted the plan for review')
    expect(text('in_review', 'changes_requested')).toBe('Kim requested changes')
    expect(text('final', 'draft')).toBe('Kim reopened the plan')
    expect(text('draft', 'somewhere')).toBe('Kim changed the plan’s status')
  })

  it('names versions and restores in the UI language', () => {
    expect(
      activityText(inKorean, entry('version', { name: 'Finalized', versionKind: 'status' }), 'Kim'),
    ).toBe(translate(ko, 'ko', 'activity.version.status', { name: ko['history.name.finalized'] }))
    expect(
      activityText(
        inEnglish,
        entry('version', { name: 'Automatic', versionKind: 'auto' }, false),
        'X',
      ),
    ).toBe('A version was saved automatically')
    expect(activityText(inEnglish, entry('restore', { name: 'Before budget rework' }), 'Kim')).toBe(
      'Kim restored the version “Before budget rework”',
    )

    // The entry's label says whose name it is: a team's version called "Finalized" stays theirs.
    const restoredNamed = entry('restore', {
      name: 'Finalized',
      label: { code: 'named', name: 'Finalized' },
    })
    expect(activityText(inKorean, restoredNamed, 'Kim')).toBe(
      translate(ko, 'ko', 'activity.restore', { actor: 'Kim', name: 'Finalized' }),
    )
  })

  it('words membership changes from the server’s code and role, not its English', () => {
    const text = (t: Translate, detail: object) =>
      activityText(t, entry('membership', { person: 'Ama Owusu', ...detail }), 'Park')
    const joined = { code: 'joined', role: 'delegate', change: 'joined as delegate' }
    expect(text(inEnglish, joined)).toBe('Park added Ama Owusu as Delegate')
    expect(text(inKorean, joined)).toBe(
      translate(ko, 'ko', 'activity.membership.joined', {
        actor: 'Park',
        person: 'Ama Owusu',
        role: ko['role.delegate'],
      }),
    )
    expect(text(inKorean, joined)).not.toContain('joined')
    expect(text(inEnglish, { code: 'role', role: 'mentor', change: 'became mentor' })).toBe(
      'Park changed the role of Ama Owusu to Mentor',
    )
    expect(text(inEnglish, { code: 'deactivated', role: 'mentor' })).toBe(
      'Park deactivated Ama Owusu',
    )
    expect(text(inEnglish, { code: 'teams', role: 'mentor' })).toBe(
      'Park changed the teams of Ama Owusu',
    )
  })

  it('keeps a membership change with a code it does not know as the server said it', () => {
    expect(
      activityText(
        inEnglish,
        entry('membership', { person: 'Ama Owusu', code: 'moved', change: 'moved house' }),
        'Park',
      ),
    ).toBe('Park: Ama Owusu moved house')
  })

  it('tells an export as a file format from one in the course bundle', () => {
    const text = (format: string) => activityText(inEnglish, entry('export', { format }), 'Kim')
    expect(text('pdf')).toBe('Kim exported the plan as PDF')
    expect(text('bundle')).toBe('Kim exported the plan with all final plans')
  })

  it('reads a status change’s message, and only that', () => {
    expect(activityMessage(entry('status', { to: 'draft', message: ' Budget is wrong. ' }))).toBe(
      'Budget is wrong.',
    )
    expect(activityMessage(entry('restore', { message: 'not a message' }))).toBe('')
  })
})
