import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'

/**
 * Keeps the caret after what was just typed. ProseMirror lets the browser insert typed text and
 * then reads both the text and the caret back from the page; Chrome, for a character typed into
 * a paragraph left empty by Enter a moment before, sometimes reports the caret before that
 * character, so the next ones went in front of it ("Written" became "ritten…W"). Typing at the
 * caret is applied here as an insertion at the caret, whose position then follows from the
 * document, not from the browser's report.
 *
 * Its priority puts it after every other `handleTextInput` (input rules such as "## " for a
 * heading run first), and composition (Korean, Japanese, Chinese input) is left to ProseMirror.
 */
export const CaretAfterTyping = Extension.create({
  name: 'caretAfterTyping',
  priority: 1,

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('caretAfterTyping'),
        props: {
          handleTextInput(view, from, to, text) {
            const { selection } = view.state
            if (view.composing || from !== to || !selection.empty || selection.from !== from) {
              return false
            }
            view.dispatch(view.state.tr.insertText(text, from, to).scrollIntoView())
            return true
          },
        },
      }),
    ]
  },
})
