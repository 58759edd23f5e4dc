import type { ServerKind } from './servers'
import type { TypingLoad, TypingResult } from './typingLoad'
import { runTypingLoad } from './typingLoad'

/** The latency a load must keep at the 99th percentile to count as held. */
export const MAX_LOAD_P99_MS = 50

export interface MaxLoadSearch {
  kinds: ServerKind[]
  /** Plan counts to try, ascending; each plan has the same clients, typists and rate. */
  steps: number[]
  load: Omit<TypingLoad, 'plans'>
  /** Runs per server and step (interleaved); the median p99 decides. */
  repeat: number
  onResult?: (kind: ServerKind, plans: number, result: TypingResult) => void
}

export interface MaxLoadStep {
  plans: number
  /** Per server still in the search at this step: its median p99 and missing deliveries. */
  results: Map<ServerKind, { p99: number; missing: number; cpuPerDeliveryUs: number }>
}

export interface MaxLoadOutcome {
  steps: MaxLoadStep[]
  /** Per server, the most plans it held (p99 ≤ 50 ms, nothing missing); 0 if none. */
  held: Map<ServerKind, number>
}

const median = (numbers: number[]): number => {
  const sorted = [...numbers].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

/** A run that could not be completed (e.g. clients refused): it did not hold the load. */
const failedRun = (kind: ServerKind, error: unknown): TypingResult => {
  process.stderr.write(
    `${kind} failed: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  return {
    server: kind,
    connectMs: Number.NaN,
    p50: Number.NaN,
    p95: Number.NaN,
    p99: Number.POSITIVE_INFINITY,
    max: Number.NaN,
    expected: 0,
    missing: Number.POSITIVE_INFINITY,
    serverPeakMb: Number.NaN,
    cpuPerDeliveryUs: Number.NaN,
    kernelPerDeliveryUs: Number.NaN,
    generatorCpu: Number.NaN,
  }
}

/**
 * Raises the number of plans step by step, running every server still in the race at each
 * step (interleaved, so a noisy minute hurts all of them alike). A server leaves the race at
 * the first step it does not hold: p99 above 50 ms or any delivery missing.
 */
export const searchMaxLoad = async (search: MaxLoadSearch): Promise<MaxLoadOutcome> => {
  const racing = new Set(search.kinds)
  const held = new Map<ServerKind, number>(search.kinds.map((kind) => [kind, 0]))
  const steps: MaxLoadStep[] = []
  for (const plans of search.steps) {
    if (racing.size === 0) break
    const runs = new Map<ServerKind, TypingResult[]>()
    for (let round = 0; round < search.repeat; round++) {
      for (const kind of racing) {
        const result = await runTypingLoad(kind, { ...search.load, plans }).catch(
          (error: unknown) => failedRun(kind, error),
        )
        search.onResult?.(kind, plans, result)
        runs.set(kind, [...(runs.get(kind) ?? []), result])
      }
    }
    const step: MaxLoadStep = { plans, results: new Map() }
    for (const [kind, results] of runs) {
      const p99 = median(results.map((result) => result.p99))
      const missing = median(results.map((result) => result.missing))
      const cpuPerDeliveryUs = median(results.map((result) => result.cpuPerDeliveryUs))
      step.results.set(kind, { p99, missing, cpuPerDeliveryUs })
      if (p99 <= MAX_LOAD_P99_MS && missing === 0) held.set(kind, plans)
      else racing.delete(kind)
    }
    steps.push(step)
  }
  return { steps, held }
}
