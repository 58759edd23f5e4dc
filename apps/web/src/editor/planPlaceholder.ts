import { findTemplateSection } from '@coplan/schema'
import type { Editor } from '@tiptap/core'
import { Placeholder } from '@tiptap/extensions'
import type { PlaceholderOptions } from '@tiptap/extensions'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin } from '@tiptap/pm/state'
import type { Transaction } from '@tiptap/pm/state'
import type { DecorationSet } from '@tiptap/pm/view'
import type { Lang } from '../i18n/languages'
import { editedTextblock } from '../prose/editedTextblock'

export interface PlaceholderTexts {
  lang: Lang
  /** Shown on the caret's empty line when no template hint applies. */
  generic: string
}

interface PlanPlaceholderStorage {
  texts: PlaceholderTexts
  /** The document whose decorations are being built (see `createPlanPlaceholder`). */
  doc: ProseMirrorNode | null
}

declare module '@tiptap/core' {
  interface Storage {
    planPlaceholder: PlanPlaceholderStorage
  }
}

const REFRESH_META = 'coplan:refreshPlaceholders'

/** Redraws every placeholder: needed when what they show depends on more than the document. */
export const refreshPlaceholders = (editor: Editor): void => {
  editor.view.dispatch(editor.state.tr.setMeta(REFRESH_META, true))
}

/** Switches the placeholders to `texts` (after a language change) and redraws them all. */
export const setPlaceholderTexts = (editor: Editor, texts: PlaceholderTexts): void => {
  editor.storage.planPlaceholder.texts = texts
  refreshPlaceholders(editor)
}

/**
 * Whether an edit may change a hint that Placeholder's own update (which looks again only at
 * the blocks the edit touched) would not: a heading was retyped (the hint of the paragraph under
 * it), or blocks were added, removed or changed type. Typing in a paragraph changes neither.
 */
const mayChangeHints = (tr: Transaction, doc: ProseMirrorNode): boolean => {
  const edited = editedTextblock(tr.before, doc)
  if (edited === null) return false
  if (edited === 'blocks') return true
  return doc.resolve(edited.from).parent.type.name !== 'paragraph'
}

interface PlaceholderContext {
  doc: ProseMirrorNode
  node: ProseMirrorNode
  pos: number
  hasAnchor: boolean
  editable: boolean
  texts: PlaceholderTexts
}

const placeholderText = ({ doc, node, pos, hasAnchor, editable, texts }: PlaceholderContext) => {
  const before = doc.resolve(pos).nodeBefore
  if (
    node.type.name === 'paragraph' &&
    before?.type.name === 'heading' &&
    before.attrs.level === 2
  ) {
    const section = findTemplateSection(before.textContent)
    if (section) return section.hint[texts.lang]
  }
  return hasAnchor && editable ? texts.generic : ''
}

/**
 * Placeholders for a plan: the template section's hint in the empty paragraph under its
 * heading (so hints guide writers without ever being part of the text or exports, and guide
 * readers too, so they show when read-only), and "Write here…" on the caret's empty line when
 * editable. Call `refreshPlaceholders` after `setEditable`.
 *
 * A hint depends on the block before the paragraph, which Placeholder's incremental update does
 * not revisit when a heading is retyped, and on the UI language. So its plugin is wrapped to
 * rebuild all decorations when an edit may change a hint it would not revisit (`mayChangeHints`:
 * not typing in a paragraph, which is most edits; a plan may have a thousand blocks) or on
 * `setPlaceholderTexts`. Placeholder's callback receives no document, and
 * `editor.state` is still the old state while a transaction applies, so the wrapper puts the
 * new document in storage for the callback.
 */
export const createPlanPlaceholder = (texts: PlaceholderTexts) =>
  Placeholder.extend<PlaceholderOptions, PlanPlaceholderStorage>({
    name: 'planPlaceholder',

    addStorage: () => ({ texts, doc: null }),

    addProseMirrorPlugins() {
      const storage = this.storage
      const withDoc = <T>(doc: ProseMirrorNode, run: () => T): T => {
        storage.doc = doc
        try {
          return run()
        } finally {
          storage.doc = null
        }
      }
      return (this.parent?.() ?? []).map((plugin: Plugin<DecorationSet>) => {
        const field = plugin.spec.state
        if (!field) return plugin
        return new Plugin<DecorationSet>({
          ...plugin.spec,
          state: {
            init: (config, state) => withDoc(state.doc, () => field.init(config, state)),
            apply: (tr, value, oldState, newState) =>
              withDoc(newState.doc, () =>
                tr.getMeta(REFRESH_META) || (tr.docChanged && mayChangeHints(tr, newState.doc))
                  ? field.init({}, newState)
                  : field.apply(tr, value, oldState, newState),
              ),
          },
        })
      })
    },
  }).configure({
    showOnlyCurrent: false,
    showOnlyWhenEditable: false,
    includeChildren: false,
    placeholder: ({ editor, node, pos, hasAnchor }) => {
      const { doc, texts } = editor.storage.planPlaceholder
      const editable = editor.isEditable
      return placeholderText({
        doc: doc ?? editor.state.doc,
        node,
        pos,
        hasAnchor,
        editable,
        texts,
      })
    },
  })
