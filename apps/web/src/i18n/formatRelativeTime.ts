import type { Lang } from './languages'

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 60 * 60],
  ['month', 30 * 24 * 60 * 60],
  ['week', 7 * 24 * 60 * 60],
  ['day', 24 * 60 * 60],
  ['hour', 60 * 60],
  ['minute', 60],
]

/**
 * "5 minutes ago" / "5분 전" for `date` as seen at `nowMs`. Anything under a minute reads as
 * "now", so a list that refreshes every minute never shows a stale count of seconds.
 */
export const formatRelativeTime = (date: Date, nowMs: number, lang: Lang): string => {
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })
  const seconds = (date.getTime() - nowMs) / 1000
  for (const [unit, unitSeconds] of UNITS) {
    if (Math.abs(seconds) >= unitSeconds)
      return format.format(Math.round(seconds / unitSeconds), unit)
  }
  return format.format(0, 'second')
}
