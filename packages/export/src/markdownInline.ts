import type { JSONContent } from '@tiptap/core'
import { childrenOf } from './planNodes'
import { safeHref } from './safeHref'

/** Escapes text so Markdown shows it as typed. */
export const escapeMarkdown = (text: string): string => text.replace(/[\\`*_[\]<>|~]/g, '\\$&')

/** Escapes what would make the start of a line a heading, list item, quote or rule. */
const escapeLineStart = (line: string): string =>
  line.replace(
    /^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s|$)|=+$|(\d+)([.)])(?=\s|$))/,
    (_, space, token) =>
      `${space}${/^\d/.test(token) ? token.replace(/[.)]$/, '\\$&') : `\\${token}`}`,
  )

interface OpenMark {
  key: string
  open: string
  close: string
}

// Outermost first: a link around bold text reads better than bold around a link.
const MARK_ORDER = ['link', 'bold', 'italic', 'strike', 'underline']

const marksOf = (node: JSONContent): OpenMark[] =>
  (node.marks ?? [])
    .filter((mark) => MARK_ORDER.includes(mark.type))
    .sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type))
    .flatMap((mark): OpenMark[] => {
      switch (mark.type) {
        case 'link': {
          const href = safeHref(mark.attrs?.href)
          return href ? [{ key: `link:${href}`, open: '[', close: `](<${href}>)` }] : []
        }
        case 'bold':
          return [{ key: 'bold', open: '**', close: '**' }]
        case 'italic':
          return [{ key: 'italic', open: '*', close: '*' }]
        case 'strike':
          return [{ key: 'strike', open: '~~', close: '~~' }]
        default:
          return [{ key: 'underline', open: '<u>', close: '</u>' }]
      }
    })

const codeSpan = (text: string): string => {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

/**
 * The inline content of a text block as Markdown. Marks are opened and closed as a stack, as
 * prosemirror-markdown does, so "**bold *and italic***" nests rather than producing `****`, and
 * spaces are kept outside the delimiters, where CommonMark needs them.
 */
export const markdownInline = (block: JSONContent): string => {
  let out = ''
  const open: OpenMark[] = []
  let pendingSpace = ''
  const closeTo = (depth: number): void => {
    while (open.length > depth) out += (open.pop() as OpenMark).close
  }
  for (const node of childrenOf(block)) {
    if (node.type === 'hardBreak') {
      closeTo(0)
      out += `${pendingSpace}\\\n`
      pendingSpace = ''
      continue
    }
    const marks = marksOf(node)
    let keep = 0
    while (keep < open.length && keep < marks.length && open[keep]?.key === marks[keep]?.key) keep++
    closeTo(keep)
    const raw = node.text ?? ''
    const leading = raw.match(/^\s*/)?.[0] ?? ''
    const body = raw.slice(leading.length)
    const trailing = body.match(/\s*$/)?.[0] ?? ''
    const core = body.slice(0, body.length - trailing.length)
    out += pendingSpace + leading
    pendingSpace = trailing
    if (!core) continue
    for (const mark of marks.slice(keep)) {
      out += mark.open
      open.push(mark)
    }
    const isCode = (node.marks ?? []).some((mark) => mark.type === 'code')
    out += isCode ? codeSpan(core) : escapeMarkdown(core)
  }
  closeTo(0)
  return (out + pendingSpace).split('\n').map(escapeLineStart).join('\n').trimEnd()
}
