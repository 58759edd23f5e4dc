import type { Editor } from '@tiptap/core'
import { COMMENT_SHORTCUT } from '../comments/useCommentShortcut'
import type { MessageKey } from '../i18n/en'
import type { IconName } from '../ui/ToolbarIcon'
import { NEW_TABLE } from './toolbarState'
import type { ToolbarContext, ToolbarState } from './toolbarState'

export type ToolbarItemId =
  | 'bold'
  | 'italic'
  | 'strike'
  | 'code'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'bulletList'
  | 'orderedList'
  | 'blockquote'
  | 'codeBlock'
  | 'horizontalRule'
  | 'link'
  | 'insertTable'
  | 'addRowAfter'
  | 'deleteRow'
  | 'addColumnAfter'
  | 'deleteColumn'
  | 'deleteTable'
  | 'undo'
  | 'redo'
  | 'comment'
  | 'comments'

/** What toolbar buttons ask of the page rather than of the editor. */
export interface ToolbarActions {
  requestLink: () => void
  requestComment: () => void
  toggleComments: () => void
}

export type ToolbarItemState = ToolbarState & ToolbarContext

export interface ToolbarItem {
  /** Also names the label, `toolbar.<id>` in the catalogue, unless `label` says otherwise. */
  id: ToolbarItemId
  label?: MessageKey
  /** An icon, or short text for items that read better as text (H1). */
  icon: IconName | { text: string }
  /** Keyboard shortcuts in Tiptap notation, shown in the tooltip. */
  shortcuts?: string[]
  /** Toggles expose their state as aria-pressed; other buttons are plain actions. */
  pressed?: (state: ToolbarItemState) => boolean
  /** Enabled when editable unless this says otherwise. */
  enabled?: (state: ToolbarItemState) => boolean
  /** Also usable when the text is read-only (commenting, showing comments). */
  whenReadOnly?: boolean
  /** A number shown beside the icon. */
  count?: (state: ToolbarItemState) => number
  run: (editor: Editor, actions: ToolbarActions) => void
}

const inTable = (state: ToolbarItemState) => state.inTable

const heading = (level: 1 | 2 | 3): ToolbarItem => ({
  id: `heading${level}`,
  icon: { text: `H${level}` },
  shortcuts: [`Mod-Alt-${level}`],
  pressed: (state) => state[`heading${level}`],
  run: (editor) => editor.chain().focus().toggleHeading({ level }).run(),
})

/** The toolbar, in groups separated visually; order is Tab/arrow-key order. */
export const TOOLBAR_GROUPS: readonly ToolbarItem[][] = [
  [
    {
      id: 'undo',
      icon: 'undo',
      shortcuts: ['Mod-z'],
      enabled: (state) => state.canUndo,
      run: (editor) => editor.chain().focus().undo().run(),
    },
    {
      id: 'redo',
      icon: 'redo',
      shortcuts: ['Mod-Shift-z', 'Mod-y'],
      enabled: (state) => state.canRedo,
      run: (editor) => editor.chain().focus().redo().run(),
    },
  ],
  [heading(1), heading(2), heading(3)],
  [
    {
      id: 'bold',
      icon: 'bold',
      shortcuts: ['Mod-b'],
      pressed: (state) => state.bold,
      run: (editor) => editor.chain().focus().toggleBold().run(),
    },
    {
      id: 'italic',
      icon: 'italic',
      shortcuts: ['Mod-i'],
      pressed: (state) => state.italic,
      run: (editor) => editor.chain().focus().toggleItalic().run(),
    },
    {
      id: 'strike',
      icon: 'strike',
      shortcuts: ['Mod-Shift-s'],
      pressed: (state) => state.strike,
      run: (editor) => editor.chain().focus().toggleStrike().run(),
    },
    {
      id: 'code',
      icon: 'code',
      shortcuts: ['Mod-e'],
      pressed: (state) => state.code,
      run: (editor) => editor.chain().focus().toggleCode().run(),
    },
    {
      id: 'link',
      icon: 'link',
      shortcuts: ['Mod-k'],
      pressed: (state) => state.link,
      run: (_editor, actions) => actions.requestLink(),
    },
  ],
  [
    {
      id: 'bulletList',
      icon: 'bulletList',
      shortcuts: ['Mod-Shift-8'],
      pressed: (state) => state.bulletList,
      run: (editor) => editor.chain().focus().toggleBulletList().run(),
    },
    {
      id: 'orderedList',
      icon: 'orderedList',
      shortcuts: ['Mod-Shift-7'],
      pressed: (state) => state.orderedList,
      run: (editor) => editor.chain().focus().toggleOrderedList().run(),
    },
    {
      id: 'blockquote',
      icon: 'blockquote',
      shortcuts: ['Mod-Shift-b'],
      pressed: (state) => state.blockquote,
      run: (editor) => editor.chain().focus().toggleBlockquote().run(),
    },
    {
      id: 'codeBlock',
      icon: 'codeBlock',
      shortcuts: ['Mod-Alt-c'],
      pressed: (state) => state.codeBlock,
      run: (editor) => editor.chain().focus().toggleCodeBlock().run(),
    },
    {
      id: 'horizontalRule',
      icon: 'horizontalRule',
      run: (editor) => editor.chain().focus().setHorizontalRule().run(),
    },
  ],
  [
    {
      id: 'insertTable',
      icon: 'insertTable',
      enabled: (state) => state.canInsertTable,
      run: (editor) => editor.chain().focus().insertTable(NEW_TABLE).run(),
    },
    {
      id: 'addRowAfter',
      icon: 'addRowAfter',
      enabled: inTable,
      run: (editor) => editor.chain().focus().addRowAfter().run(),
    },
    {
      id: 'deleteRow',
      icon: 'deleteRow',
      enabled: inTable,
      run: (editor) => editor.chain().focus().deleteRow().run(),
    },
    {
      id: 'addColumnAfter',
      icon: 'addColumnAfter',
      enabled: inTable,
      run: (editor) => editor.chain().focus().addColumnAfter().run(),
    },
    {
      id: 'deleteColumn',
      icon: 'deleteColumn',
      enabled: inTable,
      run: (editor) => editor.chain().focus().deleteColumn().run(),
    },
    {
      id: 'deleteTable',
      icon: 'deleteTable',
      enabled: inTable,
      run: (editor) => editor.chain().focus().deleteTable().run(),
    },
  ],
  [
    {
      id: 'comment',
      label: 'comments.add',
      icon: 'comment',
      shortcuts: [COMMENT_SHORTCUT],
      whenReadOnly: true,
      enabled: (state) => state.canComment && state.hasSelection,
      run: (_editor, actions) => actions.requestComment(),
    },
    {
      id: 'comments',
      label: 'comments.toggle',
      icon: 'comments',
      whenReadOnly: true,
      pressed: (state) => state.commentsOpen,
      count: (state) => state.openThreads,
      run: (_editor, actions) => actions.toggleComments(),
    },
  ],
]
