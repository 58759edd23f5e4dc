import fs from 'node:fs'
import type { Page } from '@playwright/test'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}

interface CpuProfile {
  nodes: ProfileNode[]
  samples?: number[]
  timeDeltas?: number[]
}

/** The functions that ran longest themselves (self time, ms) in a CDP CPU profile. */
export const topSelfTimes = (profile: CpuProfile, count: number): [string, number][] => {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map<string, number>()
  const deltas = profile.timeDeltas ?? []
  profile.samples?.forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame
    if (!frame) return
    const file = frame.url.split('/').pop() ?? ''
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`
    self.set(name, (self.get(name) ?? 0) + (deltas[i] ?? 0) / 1000)
  })
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count)
}

/**
 * Runs `work` under Chromium's CPU profiler (CDP `Profiler`, sampling every 200 µs) and
 * writes the profile to `file` (open it in Chrome DevTools' Performance panel). For readable
 * names, build the web app unminified first: `npx vite build --minify false`.
 */
export const profileTyping = async <T>(
  page: Page,
  file: string,
  work: () => Promise<T>,
): Promise<{ result: T; top: [string, number][] }> => {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  const result = await work()
  const { profile } = await cdp.send('Profiler.stop')
  fs.writeFileSync(file, JSON.stringify(profile))
  await cdp.detach()
  return { result, top: topSelfTimes(profile, 15) }
}
