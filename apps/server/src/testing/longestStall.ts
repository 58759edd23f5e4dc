/**
 * Runs `task` and measures the longest time the event loop went without running a 10 ms timer
 * meanwhile: how long the task, or anything else, kept this thread from serving others.
 */
export const longestStall = async <T>(
  task: () => Promise<T>,
): Promise<{ stallMs: number; result: T }> => {
  let last = performance.now()
  let stallMs = 0
  const ticker = setInterval(() => {
    const now = performance.now()
    stallMs = Math.max(stallMs, now - last)
    last = now
  }, 10)
  try {
    const result = await task()
    return { stallMs: Math.max(stallMs, performance.now() - last), result }
  } finally {
    clearInterval(ticker)
  }
}
