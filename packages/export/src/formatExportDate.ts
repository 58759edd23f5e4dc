/**
 * A date as exports print it: `2025-06-30` (with `withTime`, `2025-06-30 14:05 UTC`). Always
 * UTC and never the server's locale, so the same metadata prints the same everywhere.
 */
export const formatExportDate = (iso: string, withTime = false): string => {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const text = date.toISOString()
  return withTime ? `${text.slice(0, 10)} ${text.slice(11, 16)} UTC` : text.slice(0, 10)
}
