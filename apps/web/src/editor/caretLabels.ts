import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'

const CARET_SELECTOR = '.collaboration-carets__caret'

/**
 * Keeps one name label per collaborator's caret in a layer next to the editable element. Labels
 * inside the carets would be clipped by scrolling table wrappers and would become part of the
 * editor's text as the DOM reports it (textContent, find in page, screen readers reading the
 * plan); out here they are neither, and are placed over their caret after each update.
 */
const createLabelLayer = (view: EditorView) => {
  const layer = document.createElement('div')
  layer.className = 'collaboration-carets__layer'
  layer.setAttribute('aria-hidden', 'true')
  view.dom.insertAdjacentElement('afterend', layer)

  let frame = 0
  const place = () => {
    frame = 0
    const carets = Array.from(view.dom.querySelectorAll<HTMLElement>(CARET_SELECTOR))
    const origin = layer.getBoundingClientRect()
    carets.forEach((caret, index) => {
      const label =
        (layer.children[index] as HTMLElement | undefined) ??
        layer.appendChild(document.createElement('div'))
      label.className = 'collaboration-carets__label'
      label.textContent = caret.dataset.name ?? ''
      label.style.backgroundColor = caret.dataset.color ?? 'transparent'
      const rect = caret.getBoundingClientRect()
      label.style.transform = `translate(${rect.left - origin.left}px, ${rect.top - origin.top}px)`
    })
    while (layer.children.length > carets.length) layer.lastElementChild?.remove()
  }
  // Measuring forces layout; once per frame is enough however many transactions arrive.
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(place)
  }

  const resize = new ResizeObserver(schedule)
  resize.observe(view.dom)
  // Table wrappers scroll sideways inside the editor; the page's own scroll moves the layer too.
  view.dom.addEventListener('scroll', schedule, true)
  schedule()

  return {
    update: schedule,
    destroy: () => {
      cancelAnimationFrame(frame)
      resize.disconnect()
      view.dom.removeEventListener('scroll', schedule, true)
      layer.remove()
    },
  }
}

export const CaretLabels = Extension.create({
  name: 'caretLabels',
  addProseMirrorPlugins: () => [
    new Plugin({ key: new PluginKey('caretLabels'), view: createLabelLayer }),
  ],
})
