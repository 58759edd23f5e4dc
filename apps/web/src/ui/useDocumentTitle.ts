import { useEffect } from 'react'

/**
 * Sets the tab title, which is also what screen readers announce after a navigation. `null`
 * leaves the title to a component further down that knows better (the open plan's title).
 */
export const useDocumentTitle = (title: string | null): void => {
  useEffect(() => {
    if (title !== null) document.title = title
  }, [title])
}
