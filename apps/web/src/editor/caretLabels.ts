import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'

const CARET_SELECTOR = '.collaboration-carets__caret'

/** False for an element in content the browser skips rendering (`content-visibility: auto`). */
const isRendered = (element: HTMLElement): boolean =>
  typeof element.checkVisibility !== 'function' ||
  element.checkVisibility({ contentVisibilityAuto: true })

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
    // Every position is read before anything is written: a write between two reads would make
    // the browser lay the whole plan out again for the next read, once per caret.
    const origin = layer.getBoundingClientRect()
    const labels = Array.from(view.dom.querySelectorAll<HTMLElement>(CARET_SELECTOR), (caret) => {
      // A caret in a block the browser skips (off screen, see prose.css) needs no label, and
      // measuring it would make the browser lay that block out for nothing.
      if (!isRendered(caret)) return null
      const rect = caret.getBoundingClientRect()
      return {
        name: caret.dataset.name ?? '',
        color: caret.dataset.color ?? 'transparent',
        transform: `translate(${rect.left - origin.left}px, ${rect.top - origin.top}px)`,
      }
    })
    // Most frames move a caret or two: only what changed is written, so the rest stay as laid out.
    labels.forEach((spot, index) => {
      let label = layer.children[index] as HTMLElement | undefined
      if (!label) {
        label = layer.appendChild(document.createElement('div'))
        label.className = 'collaboration-carets__label'
      }
      if (label.hidden !== !spot) label.hidden = !spot
      if (!spot) return
      if (label.textContent !== spot.name) label.textContent = spot.name
      if (label.dataset.color !== spot.color) {
        label.dataset.color = spot.color
        label.style.backgroundColor = spot.color
      }
      if (label.style.transform !== spot.transform) label.style.transform = spot.transform
    })
    while (layer.children.length > labels.length) layer.lastElementChild?.remove()
  }
  // Measuring forces layout; once per frame is enough however many transactions arrive.
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(place)
  }

  const resize = new ResizeObserver(schedule)
  resize.observe(view.dom)
  // Table wrappers scroll sideways inside the editor; the page's own scroll moves the layer too.
  view.dom.addEventListener('scroll', schedule, true)
  // A block scrolled into view is rendered a frame later: its carets get their labels then.
  view.dom.addEventListener('contentvisibilityautostatechange', schedule, true)
  schedule()

  return {
    update: schedule,
    destroy: () => {
      cancelAnimationFrame(frame)
      resize.disconnect()
      view.dom.removeEventListener('scroll', schedule, true)
      view.dom.removeEventListener('contentvisibilityautostatechange', schedule, true)
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
