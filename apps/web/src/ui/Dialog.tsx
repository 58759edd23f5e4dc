import { useEffect, useRef } from 'react'
import type { ReactNode } from 'react'

interface DialogProps {
  titleId: string
  descriptionId?: string
  onClose: () => void
  /** For dialogs holding a whole form rather than a question. */
  wide?: boolean
  children: ReactNode
}

/**
 * A modal on the native `<dialog>`: the browser traps focus, makes the page inert, closes on
 * Escape and returns focus to where it was. Mount it to open it; unmount it to close it.
 */
export const Dialog = ({
  titleId,
  descriptionId,
  onClose,
  wide = false,
  children,
}: DialogProps) => {
  const ref = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    dialog.showModal()
    return () => dialog.close()
  }, [])

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onCancel={(event) => {
        // Escape: let the owner unmount us rather than leave a closed dialog in the tree.
        event.preventDefault()
        onClose()
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself; its content fills .dialog-body.
        if (event.target === event.currentTarget) onClose()
      }}
    >
      <div className="dialog-body">{children}</div>
    </dialog>
  )
}
