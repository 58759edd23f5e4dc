import { DEMO_PASSWORD } from '../../apps/server/src/course/seedDemoCourse'
import { DEMO } from '../../apps/server/src/testing/demoAccounts'
import { signIn } from '../../apps/server/src/testing/signIn'
import type { ParagraphSpot, PlanPositions } from './planPositions'

const BODIES = [
  'Could you add the responsible agency and a date here?',
  'This overlaps with the activity in the timeline; please merge the two.',
  'Good point. The Korean side can share the Government24 evaluation report.',
  'Which budget line pays for this? I cannot find it in the budget table.',
  'Please say how you will measure this: an indicator and a target value.',
]

const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')

/**
 * Creates `count` comment threads on the plan as mentor Kim, through the HTTP API with the
 * anchors the web app makes (`createAnchor`): `nearCount` of them on paragraphs around `near`
 * (so they are on screen while typing), the others spread evenly over the plan. Each quotes a
 * few words from the start of its paragraph.
 */
export const seedThreads = async ({
  url,
  planId,
  positions,
  count,
  near,
  nearCount,
}: {
  url: string
  planId: string
  positions: PlanPositions
  count: number
  near: ParagraphSpot
  nearCount: number
}): Promise<void> => {
  const cookie = await signIn(url, DEMO.mentorKim, DEMO_PASSWORD)
  const { paragraphs } = positions
  const nearIndex = paragraphs.indexOf(near)
  for (let i = 0; i < count; i++) {
    const index =
      i < nearCount
        ? nearIndex - Math.floor(nearCount / 2) + i
        : Math.floor(((i - nearCount + 0.5) / (count - nearCount)) * paragraphs.length)
    const spot = paragraphs[Math.max(0, Math.min(index, paragraphs.length - 1))]
    if (!spot) throw new Error(`No paragraph ${index} to comment on`)
    const anchor = positions.anchorIn(spot, 4, 40)
    const response = await fetch(`${url}/api/plans/${planId}/threads`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url, cookie },
      body: JSON.stringify({
        anchor: { start: toBase64(anchor.start), end: toBase64(anchor.end) },
        body: BODIES[i % BODIES.length],
        mentions: [],
      }),
    })
    if (response.status !== 201) {
      throw new Error(
        `Creating thread ${i + 1} failed: ${response.status} ${await response.text()}`,
      )
    }
  }
}
