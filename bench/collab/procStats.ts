import fs from 'node:fs'

const TICKS_PER_SECOND = 100

/** CPU seconds a process has used so far, in its own code (user) and in the kernel (system). */
export const cpuTimes = (pid: number): { user: number; system: number } => {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  // Fields after the command name (which may contain spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return {
    user: Number(fields[11]) / TICKS_PER_SECOND,
    system: Number(fields[12]) / TICKS_PER_SECOND,
  }
}

/** CPU seconds (user + system) a process has used so far. */
export const cpuSeconds = (pid: number): number => {
  const { user, system } = cpuTimes(pid)
  return user + system
}

/** Resident memory of a process, in bytes. */
export const rssBytes = (pid: number): number => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1]
  return Number(kb ?? 0) * 1024
}

/** Samples a process's resident memory until stopped; returns the peak. */
export const watchPeakRss = (pid: number, intervalMs = 100): (() => number) => {
  let peak = rssBytes(pid)
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssBytes(pid))
    } catch {
      // The process ended.
    }
  }, intervalMs)
  return () => {
    clearInterval(timer)
    return peak
  }
}

/**
 * The lowest resident memory over `seconds` of rest, sampled every second. V8 keeps freed heap
 * pages until its memory reducer runs (some 8 to 30 s after allocation slows down, varying from
 * run to run), so RSS read right after work includes garbage; the minimum over a long enough
 * rest is what the process retains.
 */
export const settledRss = async (pid: number, seconds: number): Promise<number> => {
  let lowest = rssBytes(pid)
  for (let waited = 0; waited < seconds; waited++) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    lowest = Math.min(lowest, rssBytes(pid))
  }
  return lowest
}
