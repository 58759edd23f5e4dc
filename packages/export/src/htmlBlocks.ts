import type { JSONContent } from '@tiptap/core'
import { escapeHtml } from './escapeHtml'
import type { HeadingAnchors } from './planNodes'
import { childrenOf, headingLevel, textOf } from './planNodes'
import { safeHref } from './safeHref'
import { directionOf, languageOf } from './scripts'
import type { GridCell } from './tableGrid'
import { isHeaderRow, tableGrid } from './tableGrid'

// Innermost first, so the link ends up outermost.
const MARK_TAGS: readonly [string, string][] = [
  ['code', 'code'],
  ['underline', 'u'],
  ['strike', 's'],
  ['italic', 'em'],
  ['bold', 'strong'],
]

const inlineNode = (node: JSONContent): string => {
  if (node.type === 'hardBreak') return '<br>'
  let html = escapeHtml(node.text ?? textOf(node))
  const marks = node.marks ?? []
  for (const [type, tag] of MARK_TAGS) {
    if (marks.some((mark) => mark.type === type)) html = `<${tag}>${html}</${tag}>`
  }
  const link = marks.find((mark) => mark.type === 'link')
  const href = link ? safeHref(link.attrs?.href) : null
  return href ? `<a href="${escapeHtml(href)}">${html}</a>` : html
}

/** The inline content of a text block as HTML. */
export const htmlInline = (block: JSONContent): string => childrenOf(block).map(inlineNode).join('')

/**
 * Attributes of an element holding text: `dir="auto"` lets each paragraph take the direction of
 * its first strong character (Arabic runs right to left), and `lang` is set where the script
 * says the language for sure, so the right fonts and line breaking are used.
 */
export const textAttributes = (text: string): string => {
  const lang = languageOf(text)
  return ` dir="auto"${lang ? ` lang="${lang}"` : ''}`
}

const cell = (placed: GridCell, anchors: HeadingAnchors): string => {
  const tag = placed.header ? 'th' : 'td'
  const { colspan, rowspan } = placed
  const spans =
    (colspan > 1 ? ` colspan="${colspan}"` : '') + (rowspan > 1 ? ` rowspan="${rowspan}"` : '')
  return `<${tag}${spans}>${htmlBlocks(childrenOf(placed.cell), anchors)}</${tag}>`
}

// Spans as the grid bounds them: a stored plan's own could be any number.
const table = (node: JSONContent, anchors: HeadingAnchors): string => {
  const rows = childrenOf(node)
  const { cells } = tableGrid(node)
  const headerCount = rows.findIndex((row) => !isHeaderRow(row))
  const split = headerCount === -1 ? 0 : headerCount
  const rowHtml = (placed: GridCell[]) => `<tr>${placed.map((c) => cell(c, anchors)).join('')}</tr>`
  const head = cells.slice(0, split).map(rowHtml).join('')
  const body = cells.slice(split).map(rowHtml).join('')
  return `<table>${head ? `<thead>${head}</thead>` : ''}<tbody>${body}</tbody></table>`
}

/**
 * Lists and quotes take the direction of their text too, so an Arabic list has its bullets on
 * the right. Written out rather than `dir="auto"`, which skips text in children with a `dir` of
 * their own (every paragraph has one). Tables keep the page's direction: a column order flipped
 * by the first cell's script would misplace every other cell.
 */
const containerDir = (node: JSONContent): string =>
  directionOf(textOf(node)) === 'rtl' ? ' dir="rtl"' : ''

const block = (node: JSONContent, anchors: HeadingAnchors): string => {
  const inner = () => htmlBlocks(childrenOf(node), anchors)
  switch (node.type) {
    case 'paragraph':
      return `<p${textAttributes(textOf(node))}>${htmlInline(node)}</p>`
    case 'heading': {
      const level = headingLevel(node)
      const id = anchors.idOf(node)
      return `<h${level}${id ? ` id="${id}"` : ''}${textAttributes(textOf(node))}>${htmlInline(node)}</h${level}>`
    }
    case 'bulletList':
      return `<ul${containerDir(node)}>${inner()}</ul>`
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1)
      return `<ol${containerDir(node)}${start !== 1 ? ` start="${start}"` : ''}>${inner()}</ol>`
    }
    case 'listItem':
      return `<li${containerDir(node)}>${inner()}</li>`
    case 'blockquote':
      return `<blockquote${containerDir(node)}>${inner()}</blockquote>`
    case 'codeBlock': {
      const language = String(node.attrs?.language ?? '').replace(/[^\w+-]/g, '')
      return `<pre dir="ltr"><code${language ? ` class="language-${language}"` : ''}>${escapeHtml(textOf(node))}</code></pre>`
    }
    case 'horizontalRule':
      return '<hr>'
    case 'table':
      return table(node, anchors)
    default:
      // A node this exporter does not know still keeps its text.
      return node.content
        ? `<div>${inner()}</div>`
        : `<p${textAttributes(textOf(node))}>${escapeHtml(textOf(node))}</p>`
  }
}

/** Block nodes as HTML. */
export const htmlBlocks = (nodes: readonly JSONContent[], anchors: HeadingAnchors): string =>
  nodes.map((node) => block(node, anchors)).join('\n')
