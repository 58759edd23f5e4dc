import type { Editor } from '@tiptap/core'
import type { IconName } from './ToolbarIcon'
import { NEW_TABLE } from './toolbarState'
import type { ToolbarState } from './toolbarState'

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

export interface ToolbarItem {
  /** Also names the label, `toolbar.<id>` in the catalogue. */
  id: ToolbarItemId
  /** An icon, or short text for items that read better as text (H1). */
  icon: IconName | { text: string }
  /** Keyboard shortcuts in Tiptap notation, shown in the tooltip. */
  shortcuts?: string[]
  /** Toggles expose their state as aria-pressed; other buttons are plain actions. */
  pressed?: (state: ToolbarState) => boolean
  /** Enabled when editable unless this says otherwise. */
  enabled?: (state: ToolbarState) => boolean
  run: (editor: Editor, requestLink: () => void) => void
}

const inTable = (state: ToolbarState) => state.inTable

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
      run: (_editor, requestLink) => requestLink(),
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
]
