import type { Editor } from '@tiptap/core'

/** What the toolbar shows; computed from the editor after transactions (`toolbarStateOf`). */
export interface ToolbarState {
  editable: boolean
  bold: boolean
  italic: boolean
  strike: boolean
  code: boolean
  heading1: boolean
  heading2: boolean
  heading3: boolean
  bulletList: boolean
  orderedList: boolean
  blockquote: boolean
  codeBlock: boolean
  link: boolean
  inTable: boolean
  canInsertTable: boolean
  canUndo: boolean
  canRedo: boolean
  /** Some text is selected: it can be commented on. */
  hasSelection: boolean
}

/** What the toolbar shows that comes from the page rather than the editor. */
export interface ToolbarContext {
  /** The person may comment on this plan (also when the text is read-only to them). */
  canComment: boolean
  commentsOpen: boolean
  openThreads: number
}

export const NEW_TABLE = { rows: 3, cols: 3, withHeaderRow: true } as const

export const toolbarStateOf = (editor: Editor): ToolbarState => {
  const editable = editor.isEditable
  return {
    editable,
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    strike: editor.isActive('strike'),
    code: editor.isActive('code'),
    heading1: editor.isActive('heading', { level: 1 }),
    heading2: editor.isActive('heading', { level: 2 }),
    heading3: editor.isActive('heading', { level: 3 }),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    blockquote: editor.isActive('blockquote'),
    codeBlock: editor.isActive('codeBlock'),
    link: editor.isActive('link'),
    inTable: editor.isActive('table'),
    canInsertTable: editable && editor.can().insertTable(NEW_TABLE),
    canUndo: editable && editor.can().undo(),
    canRedo: editable && editor.can().redo(),
    hasSelection: !editor.state.selection.empty,
  }
}

export const sameToolbarState = (a: ToolbarState, b: ToolbarState): boolean =>
  (Object.keys(a) as (keyof ToolbarState)[]).every((key) => a[key] === b[key])
