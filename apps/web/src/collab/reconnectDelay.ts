/**
 * How long to wait before reconnecting attempt `attempt` (0-based): exponential backoff capped
 * at `maxMs`, with "equal jitter" (half fixed, half random), so that when a server restarts the
 * hundreds of editors connected to it do not all come back in the same millisecond.
 */
export const reconnectDelay = (
  attempt: number,
  { baseMs = 250, maxMs = 10_000, random = Math.random } = {},
): number => {
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt)
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}
