import { createPlanExtensions } from '@coplan/schema'
import type { JSONContent } from '@tiptap/core'
import { EditorContent, useEditor } from '@tiptap/react'

/**
 * A version's text, laid out as the editor lays out the plan, for reading only. A TipTap editor
 * with the plan's own extensions renders it, so the version shows exactly as it was written.
 */
export const ReadOnlyPlan = ({ content, label }: { content: JSONContent; label: string }) => {
  const editor = useEditor(
    {
      extensions: createPlanExtensions(),
      content,
      editable: false,
      // Its base styles are in styles/tiptap.css: the page's policy refuses inline <style>.
      injectCSS: false,
      editorProps: {
        attributes: { 'aria-label': label, 'aria-readonly': 'true', role: 'document' },
      },
    },
    [content, label],
  )
  return (
    <div className="paper paper-readonly" data-testid="version-content">
      <EditorContent editor={editor} />
    </div>
  )
}
