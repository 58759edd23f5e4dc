import type { AnchorHTMLAttributes, MouseEvent } from 'react'
import { navigate } from './navigate'

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }

const isPlainLeftClick = (event: MouseEvent<HTMLAnchorElement>): boolean =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey

/**
 * A real `<a href>`, so middle-click, "open in new tab" and keyboard activation work; only a
 * plain left click is turned into an in-app navigation.
 */
export const Link = ({ href, onClick, ...rest }: LinkProps) => (
  <a
    href={href}
    onClick={(event) => {
      onClick?.(event)
      if (event.defaultPrevented || !isPlainLeftClick(event) || rest.target) return
      event.preventDefault()
      navigate(href)
    }}
    {...rest}
  />
)
