import type { CaretSpot, Rect } from './placeCarets'

interface DrawnCaret {
  caret: HTMLElement
  label: HTMLElement
  selection: HTMLElement[]
}

type BoxStyle = 'transform' | 'width' | 'height'

/** What was last written to each box: reading a style back gives the browser's own spelling. */
const written = new WeakMap<HTMLElement, Partial<Record<BoxStyle, string>>>()

const setStyle = (element: HTMLElement, name: BoxStyle, value: string) => {
  let styles = written.get(element)
  if (!styles) written.set(element, (styles = {}))
  if (styles[name] === value) return
  styles[name] = value
  element.style[name] = value
}

const placeBox = (element: HTMLElement, { left, top, width, height }: Rect) => {
  setStyle(element, 'transform', `translate(${left}px, ${top}px)`)
  setStyle(element, 'width', `${width}px`)
  setStyle(element, 'height', `${height}px`)
}

/**
 * The layer next to the editable element where collaborators' carets (a bar in their colour
 * with their name above it) and selections are drawn: never inside ProseMirror's DOM, so a
 * caret that moves is a few style writes here instead of a transaction through the whole
 * editor, and the names are not part of the plan's text (textContent, find in page, screen
 * readers). Writes only what changed since the last `render`: most frames move a caret or two.
 */
export class CaretLayer {
  private readonly root: HTMLElement
  private readonly drawn = new Map<number, DrawnCaret>()

  constructor(editable: HTMLElement) {
    this.root = document.createElement('div')
    this.root.className = 'collaboration-carets__layer'
    this.root.setAttribute('aria-hidden', 'true')
    editable.insertAdjacentElement('afterend', this.root)
  }

  /** The layer's top left corner on the screen: what `placeCarets` places relative to. */
  origin(): { left: number; top: number } {
    const { left, top } = this.root.getBoundingClientRect()
    return { left, top }
  }

  /** Says in `data-carets` how many carets the editor knows, drawn or not: what tests wait for. */
  setKnown(count: number): void {
    if (this.root.dataset.carets !== String(count)) this.root.dataset.carets = String(count)
  }

  render(spots: readonly CaretSpot[]): void {
    const seen = new Set<number>()
    for (const spot of spots) {
      seen.add(spot.clientId)
      this.draw(spot)
    }
    for (const [clientId, drawn] of this.drawn) {
      if (seen.has(clientId)) continue
      drawn.caret.remove()
      for (const piece of drawn.selection) piece.remove()
      this.drawn.delete(clientId)
    }
  }

  destroy(): void {
    this.root.remove()
    this.drawn.clear()
  }

  private draw({ clientId, name, color, caret, selection }: CaretSpot): void {
    let drawn = this.drawn.get(clientId)
    if (!drawn) {
      const bar = document.createElement('div')
      bar.className = 'collaboration-carets__caret'
      const label = bar.appendChild(document.createElement('div'))
      label.className = 'collaboration-carets__label'
      // Selections go first so that every bar and label is drawn over them.
      this.root.appendChild(bar)
      drawn = { caret: bar, label, selection: [] }
      this.drawn.set(clientId, drawn)
    }
    const { caret: bar, label } = drawn
    if (label.textContent !== name) label.textContent = name
    if (bar.dataset.color !== color) {
      bar.dataset.color = color
      bar.style.borderColor = color
      label.style.backgroundColor = color
      for (const piece of drawn.selection) piece.style.backgroundColor = `${color}70`
    }
    if (bar.hidden !== !caret) bar.hidden = !caret
    if (caret) placeBox(bar, caret)

    selection.forEach((rect, index) => {
      let piece = drawn.selection[index]
      if (!piece) {
        piece = document.createElement('div')
        piece.className = 'collaboration-carets__selection'
        piece.style.backgroundColor = `${color}70`
        this.root.prepend(piece)
        drawn.selection.push(piece)
      }
      placeBox(piece, rect)
    })
    for (const piece of drawn.selection.splice(selection.length)) piece.remove()
  }
}
