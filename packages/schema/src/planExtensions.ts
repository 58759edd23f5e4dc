import type { Extensions } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { TableKit } from '@tiptap/extension-table'

/**
 * The extensions that define a plan's document schema. Headless: no React, no view-only
 * behaviour (placeholders, carets, collaboration) — those are added by the web app.
 *
 * StarterKit's own undo/redo is off because collaborative editing needs Yjs's undo manager,
 * which only undoes the local user's changes.
 */
export const createPlanExtensions = (): Extensions => [
  StarterKit.configure({
    undoRedo: false,
    link: { openOnClick: false, autolink: true, defaultProtocol: 'https' },
  }),
  TableKit.configure({ table: { resizable: false } }),
]
