import { EXPORT_FORMATS } from '@coplan/protocol'
import type { ExportFormat, MissingGlyph } from '@coplan/protocol'
import { useId, useRef, useState } from 'react'
import { useT } from '../i18n/useT'
import { Dialog } from '../ui/Dialog'
import { DialogActions } from '../ui/DialogActions'
import { useFailureText } from '../auth/useFailureText'
import type { FailureKeys } from '../auth/useFailureText'
import { checkExport, exportFileUrl } from './exportApi'
import { MissingGlyphWarning } from './MissingGlyphWarning'
import { VersionChoice } from './VersionChoice'
import './export.css'

const FAILURES: FailureKeys = {
  plan_not_found: { key: 'export.error.notFound' },
  version_not_found: { key: 'export.error.notFound' },
  forbidden: { key: 'export.error.forbidden' },
}

/** Where the dialog is for the file its choices currently name (`url`). */
type Stage =
  | { kind: 'choosing' }
  | { kind: 'checking'; url: string }
  | { kind: 'warned'; url: string; missing: MissingGlyph[] }
  | { kind: 'started'; url: string }
  | { kind: 'failed'; url: string; message: string }

interface ExportDialogProps {
  planId: string
  versionId?: string
  onClose: () => void
}

/**
 * Format, text and comments, then a Download link to the export's address: the browser fetches
 * the file itself (cookie, download manager, no size limit). Before the browser is sent there,
 * the export is checked through the API, so a refusal is shown here rather than as a failed
 * download, and for a PDF the characters its fonts cannot draw are listed first; the person may
 * then download it anyway.
 */
export const ExportDialog = ({ planId, versionId = '', onClose }: ExportDialogProps) => {
  const t = useT()
  const describeFailure = useFailureText(FAILURES)
  const [format, setFormat] = useState<ExportFormat>('docx')
  const [version, setVersion] = useState(versionId)
  const [comments, setComments] = useState(false)
  const [stage, setStage] = useState<Stage>({ kind: 'choosing' })
  const link = useRef<HTMLAnchorElement>(null)
  // Set just before the link is clicked from code, so that click goes through to the browser.
  const checkedUrl = useRef<string | null>(null)
  const titleId = useId()
  const introId = useId()
  const versionFieldId = useId()

  const choice = { versionId: version || null, comments }
  const url = exportFileUrl(planId, format, choice)
  // Choices changed since the stage was reached: it is about another file.
  const current: Stage = 'url' in stage && stage.url !== url ? { kind: 'choosing' } : stage
  const warned = current.kind === 'warned'

  const download = () => {
    checkedUrl.current = url
    link.current?.click()
    setStage({ kind: 'started', url })
  }

  const check = () => {
    setStage({ kind: 'checking', url })
    checkExport(planId, choice).then(
      (missing) => {
        if (format === 'pdf' && missing.length) setStage({ kind: 'warned', url, missing })
        else download()
      },
      (error: unknown) => {
        const message = describeFailure(error)
        if (message !== null) setStage({ kind: 'failed', url, message })
      },
    )
  }

  return (
    <Dialog titleId={titleId} descriptionId={introId} onClose={onClose} wide>
      <form
        className="export-form"
        data-testid="export-dialog"
        onSubmit={(event) => {
          event.preventDefault()
          if (current.kind === 'checking') return
          if (warned) download()
          else check()
        }}
      >
        <h2 id={titleId} className="dialog-title">
          {t('export.title')}
        </h2>
        <p id={introId} className="dialog-intro">
          {t('export.intro')}
        </p>
        <fieldset className="export-formats">
          <legend className="field-label">{t('export.format')}</legend>
          {EXPORT_FORMATS.map((value) => (
            <label key={value} className="export-format">
              <input
                type="radio"
                name="format"
                value={value}
                checked={format === value}
                onChange={() => setFormat(value)}
              />
              {t(`export.format.${value}`)}
            </label>
          ))}
        </fieldset>
        <VersionChoice id={versionFieldId} planId={planId} value={version} onChange={setVersion} />
        <label className="checkbox-label export-comments">
          <input
            type="checkbox"
            checked={comments}
            onChange={(event) => setComments(event.target.checked)}
          />
          {t('export.comments')}
        </label>
        {warned && <MissingGlyphWarning missing={current.missing} />}
        <p className="export-status" role="status">
          {current.kind === 'started' && t('export.started')}
        </p>
        {/* The browser's own download: a real link, clicked once the export was checked. */}
        <a
          ref={link}
          href={url}
          download
          hidden
          tabIndex={-1}
          onClick={(event) => {
            if (checkedUrl.current === url) checkedUrl.current = null
            else event.preventDefault()
          }}
        />
        <DialogActions
          error={current.kind === 'failed' ? current.message : null}
          cancelLabel={t('export.close')}
          onCancel={onClose}
          confirmLabel={warned ? t('export.downloadAnyway') : t('export.download')}
          pendingLabel={t('export.checking')}
          pending={current.kind === 'checking'}
          confirmTestId="export-download"
        />
      </form>
    </Dialog>
  )
}
