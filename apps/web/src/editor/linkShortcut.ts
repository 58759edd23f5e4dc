import { Extension } from '@tiptap/core'

export interface LinkShortcutOptions {
  /** Opens the link dialog; the dialog, not the keymap, decides what the link becomes. */
  onRequest: () => void
}

/** Mod-K asks for a link, as in most editors; Tiptap's Link extension has no shortcut. */
export const LinkShortcut = Extension.create<LinkShortcutOptions>({
  name: 'linkShortcut',
  addOptions: () => ({ onRequest: () => undefined }),
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        if (!this.editor.isEditable) return false
        this.options.onRequest()
        return true
      },
    }
  },
})
