import type { MouseEvent } from 'react'

interface SkipLinkProps {
  targetId: string
  label: string
  /** Moves focus to the target, for targets that are not focusable by id alone (the editor). */
  onActivate?: () => void
}

/** The first stop of the Tab order, visible only when focused. */
export const SkipLink = ({ targetId, label, onActivate }: SkipLinkProps) => (
  <a
    className="skip-link"
    href={`#${targetId}`}
    onClick={(event: MouseEvent<HTMLAnchorElement>) => {
      event.preventDefault()
      if (onActivate) {
        onActivate()
        return
      }
      document.getElementById(targetId)?.focus()
    }}
  >
    {label}
  </a>
)
