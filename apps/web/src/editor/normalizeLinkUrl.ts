import { LINK_SCHEMES, isAllowedHref } from '@coplan/schema'

/**
 * What a writer typed as a link, made into a URL: "" means "remove the link", `null` means
 * "not a link we accept". Bare addresses get https:// (or mailto: for emails); schemes a plan
 * may not hold (`LINK_SCHEMES`), javascript: above all, and addresses longer than a link may
 * be are refused.
 */
export const normalizeLinkUrl = (input: string): string | null => {
  const value = input.trim()
  if (!value) return ''
  const hasScheme = /^[a-z][a-z\d+.-]*:/i.test(value)
  const candidate = hasScheme
    ? value
    : /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(value)
      ? `mailto:${value}`
      : `https://${value}`
  try {
    const url = new URL(candidate)
    if (!LINK_SCHEMES.includes(url.protocol) || !isAllowedHref(candidate)) return null
    const web = url.protocol === 'http:' || url.protocol === 'https:'
    if (web && !url.hostname.includes('.') && url.hostname !== 'localhost') return null
    return candidate
  } catch {
    // new URL() throws on anything that is not a URL, which is exactly the refusal we want.
    return null
  }
}
