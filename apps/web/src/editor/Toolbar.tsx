import type { Editor } from '@tiptap/core'
import { Fragment, useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { MessageKey } from '../i18n/en'
import { useT } from '../i18n/useT'
import { EDITOR_CONTENT_ID } from './editorContentId'
import { shortcutLabel } from '../lib/shortcutLabel'
import { TOOLBAR_GROUPS } from './toolbarItems'
import type { ToolbarActions, ToolbarItemId } from './toolbarItems'
import { ToolbarIcon } from '../ui/ToolbarIcon'
import { useEditorValueAfterFrame } from './useEditorValueAfterFrame'
import { sameToolbarState, toolbarStateOf } from './toolbarState'
import type { ToolbarContext } from './toolbarState'

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
}

/** Arrow keys move between the toolbar's enabled buttons (the ARIA toolbar pattern). */
const moveFocus = (event: KeyboardEvent<HTMLDivElement>): void => {
  const move = MOVES[event.key]
  if (!move) return
  const buttons = Array.from(
    event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'),
  )
  const index = buttons.findIndex((button) => button === document.activeElement)
  if (index === -1) return
  event.preventDefault()
  buttons[move(index, buttons.length)]?.focus()
}

/**
 * The formatting toolbar, and the comment buttons. It is one Tab stop: Tab enters it at the last
 * used button and arrow keys move within it. Only this component re-renders as the selection
 * moves, a frame after the editor's change (see `useEditorValueAfterFrame`).
 */
export const Toolbar = ({
  editor,
  actions,
  context,
}: {
  editor: Editor
  actions: ToolbarActions
  context: ToolbarContext
}) => {
  const t = useT()
  const editorState = useEditorValueAfterFrame(editor, toolbarStateOf, sameToolbarState)
  const state = { ...editorState, ...context }
  const [lastFocused, setLastFocused] = useState<ToolbarItemId>('undo')

  const items = TOOLBAR_GROUPS.flat()
  const isEnabled = (id: ToolbarItemId) => {
    const item = items.find((candidate) => candidate.id === id)
    return Boolean(item && (state.editable || item.whenReadOnly) && (item.enabled?.(state) ?? true))
  }
  const tabStop = isEnabled(lastFocused)
    ? lastFocused
    : items.find((item) => isEnabled(item.id))?.id

  return (
    <div
      className="toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      aria-controls={EDITOR_CONTENT_ID}
      onKeyDown={moveFocus}
    >
      {TOOLBAR_GROUPS.map((group, groupIndex) => (
        <Fragment key={groupIndex}>
          {groupIndex > 0 && <span className="toolbar-separator" aria-hidden="true" />}
          {group.map((item) => {
            // Items without a label of their own are the formatting ones, all in the catalogue.
            const name = t(item.label ?? (`toolbar.${item.id}` as MessageKey))
            const count = item.count?.(state)
            const label = count ? `${name} (${count})` : name
            const shortcuts = item.shortcuts?.map(shortcutLabel).join(' / ')
            return (
              <button
                key={item.id}
                type="button"
                className="toolbar-button"
                data-item={item.id}
                aria-label={label}
                aria-pressed={item.pressed ? item.pressed(state) : undefined}
                title={
                  shortcuts ? t('toolbar.withShortcut', { label, shortcut: shortcuts }) : label
                }
                disabled={!isEnabled(item.id)}
                tabIndex={item.id === tabStop ? 0 : -1}
                // Keep the caret and selection in the editor while clicking.
                onMouseDown={(event) => event.preventDefault()}
                onFocus={() => setLastFocused(item.id)}
                onClick={() => item.run(editor, actions)}
              >
                {typeof item.icon === 'string' ? (
                  <ToolbarIcon name={item.icon} />
                ) : (
                  <span className="toolbar-text" aria-hidden="true">
                    {item.icon.text}
                  </span>
                )}
                {count !== undefined && count > 0 && (
                  <span className="toolbar-count" aria-hidden="true">
                    {count}
                  </span>
                )}
              </button>
            )
          })}
        </Fragment>
      ))}
    </div>
  )
}
