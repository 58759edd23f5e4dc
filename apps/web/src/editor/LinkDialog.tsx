import type { Editor } from '@tiptap/core'
import { useId, useState } from 'react'
import { useT } from '../i18n/useT'
import { Dialog } from '../ui/Dialog'
import { normalizeLinkUrl } from './normalizeLinkUrl'

const applyLink = (editor: Editor, href: string): void => {
  const chain = editor.chain().focus().extendMarkRange('link')
  if (!href) {
    chain.unsetLink().run()
    return
  }
  // With nothing selected and no link under the caret there is no text to link: insert the
  // address itself as linked text.
  if (editor.state.selection.empty && !editor.isActive('link')) {
    chain
      .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
      .run()
    return
  }
  chain.setLink({ href }).run()
}

export const LinkDialog = ({ editor, onClose }: { editor: Editor; onClose: () => void }) => {
  const t = useT()
  const existing = editor.getAttributes('link').href as string | undefined
  const [value, setValue] = useState(existing ?? '')
  const [invalid, setInvalid] = useState(false)
  const titleId = useId()
  const inputId = useId()
  const errorId = useId()

  const close = () => {
    onClose()
    editor.commands.focus()
  }

  return (
    <Dialog titleId={titleId} onClose={close}>
      <form
        className="dialog-form"
        onSubmit={(event) => {
          event.preventDefault()
          const href = normalizeLinkUrl(value)
          if (href === null) {
            setInvalid(true)
            return
          }
          onClose()
          applyLink(editor, href)
        }}
      >
        <h2 id={titleId} className="dialog-title">
          {t('link.dialogTitle')}
        </h2>
        <label htmlFor={inputId} className="field-label">
          {t('link.urlLabel')}
        </label>
        <input
          id={inputId}
          data-testid="link-url-input"
          className="text-input"
          type="text"
          inputMode="url"
          value={value}
          placeholder={t('link.urlPlaceholder')}
          onChange={(event) => {
            setValue(event.target.value)
            setInvalid(false)
          }}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          autoFocus
        />
        {invalid && (
          <p id={errorId} className="form-error" role="alert">
            {t('link.invalid')}
          </p>
        )}
        <div className="dialog-actions">
          {existing && (
            <button
              type="button"
              className="button button-quiet button-danger"
              onClick={() => {
                onClose()
                applyLink(editor, '')
              }}
            >
              {t('link.remove')}
            </button>
          )}
          <span className="dialog-actions-spacer" />
          <button type="button" className="button button-quiet" onClick={close}>
            {t('link.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('link.apply')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
