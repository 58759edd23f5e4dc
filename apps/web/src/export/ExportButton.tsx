import { useState } from 'react'
import { useT } from '../i18n/useT'
import { ExportDialog } from './ExportDialog'

interface ExportButtonProps {
  planId: string
  /** The version the dialog starts with; the current text when absent. */
  versionId?: string
  className?: string
}

/** Opens the export dialog for a plan; the dialog returns focus here when it closes. */
export const ExportButton = ({
  planId,
  versionId,
  className = 'button button-small button-quiet',
}: ExportButtonProps) => {
  const t = useT()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className={className}
        aria-haspopup="dialog"
        data-testid="export-button"
        onClick={() => setOpen(true)}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path
            d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 12.5v1h11v-1"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          />
        </svg>
        {t('export.button')}
      </button>
      {open && (
        <ExportDialog planId={planId} versionId={versionId} onClose={() => setOpen(false)} />
      )}
    </>
  )
}
