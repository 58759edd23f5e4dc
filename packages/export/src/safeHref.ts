const ALLOWED = /^(https?:|mailto:|tel:)/i

/**
 * The link target to write, or null when it must not become a link. Exports are opened far
 * from Coplan, so a `javascript:` or `data:` link typed or pasted into a plan stays text.
 */
export const safeHref = (href: unknown): string | null => {
  if (typeof href !== 'string') return null
  const trimmed = href.trim()
  if (ALLOWED.test(trimmed)) return trimmed
  // Autolinked text such as "www.gov.gh" is stored without a protocol.
  if (/^[\w-]+(\.[\w-]+)+([/?#].*)?$/.test(trimmed)) return `https://${trimmed}`
  return null
}
