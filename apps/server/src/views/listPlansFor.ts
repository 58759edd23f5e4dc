import type { PlanListItem } from '@coplan/protocol'
import { PLAN_TEMPLATE_SECTIONS } from '@coplan/schema'
import { personRef } from '../course/personRef'
import type { User, UserStore } from '../accounts/UserStore'
import { can } from '../auth/planPolicy'
import type { CommentStore } from '../comments/CommentStore'
import type { CourseStore } from '../course/CourseStore'

/** The course dashboard for one person: the plans they may read, with their figures. */
export const listPlansFor = (
  user: User,
  { course, users, comments }: { course: CourseStore; users: UserStore; comments: CommentStore },
): PlanListItem[] => {
  const activity = comments.activityFor(user.id)
  const figures = course.dashboard()
  const people = new Map(users.list().map((person) => [person.id, personRef(person, course)]))
  return course
    .listPlans()
    .filter((plan) => can(user, 'read', plan))
    .map((plan) => {
      const figure = figures.get(plan.id)
      return {
        ...plan,
        openThreads: activity.get(plan.id)?.openThreads ?? 0,
        newComments: activity.get(plan.id)?.newComments ?? 0,
        lastEditedBy: (figure?.lastEditedBy && people.get(figure.lastEditedBy)) || null,
        contributors: (figure?.contributors ?? []).flatMap((id) => people.get(id) ?? []),
        wordCount: figure?.wordCount ?? 0,
        sectionsFilled: figure?.sectionsFilled ?? 0,
        sectionsTotal: PLAN_TEMPLATE_SECTIONS.length,
      }
    })
}
