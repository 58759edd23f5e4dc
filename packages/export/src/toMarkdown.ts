import type { JSONContent } from '@tiptap/core'
import type { ExportMeta, ExportOptions } from './ExportMeta'
import { formatExportDate } from './formatExportDate'
import { escapeMarkdown, markdownInline } from './markdownInline'
import { childrenOf, headingLevel, textOf } from './planNodes'
import { tableGrid } from './tableGrid'
import { COMMENTS_HEADING, summarizeThreads } from './threadSummary'

const indent = (text: string, first: string, rest: string): string =>
  text
    .split('\n')
    .map((line, i) => (line ? (i === 0 ? first : rest) + line : line))
    .join('\n')

const fence = (text: string): string => {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  return '`'.repeat(longest + 1)
}

const table = (node: JSONContent): string => {
  const { cells, columns } = tableGrid(node)
  const rows = cells.map((row) => {
    const line: string[] = Array.from({ length: columns }, () => '')
    for (const placed of row) {
      line[placed.column] = blocks(childrenOf(placed.cell))
        .join('\n\n')
        .replace(/\s*\n+\s*/g, '<br>')
    }
    return `| ${line.join(' | ')} |`
  })
  const [header = `|${' |'.repeat(columns)}`, ...body] = rows
  return [header, `|${' --- |'.repeat(columns)}`, ...body].join('\n')
}

// A nested list follows its item's text without a blank line, which keeps the list tight.
const itemBody = (item: JSONContent): string =>
  childrenOf(item)
    .map((child) => ({ child, text: block(child) }))
    .filter(({ text }) => text !== '')
    .map(({ child, text }, i) =>
      i === 0 ? text : `${/List$/.test(child.type ?? '') ? '\n' : '\n\n'}${text}`,
    )
    .join('')

const list = (node: JSONContent, ordered: boolean): string => {
  let number = Number(node.attrs?.start ?? 1) || 1
  return childrenOf(node)
    .map((item) => {
      const marker = ordered ? `${number++}. ` : '- '
      const body = itemBody(item) || escapeMarkdown(textOf(item))
      return indent(body || ' ', marker, ' '.repeat(marker.length))
    })
    .join('\n')
}

const block = (node: JSONContent): string => {
  switch (node.type) {
    case 'paragraph':
      return markdownInline(node)
    case 'heading': {
      const text = markdownInline(node).replace(/\\\n/g, ' ')
      return text ? `${'#'.repeat(headingLevel(node))} ${text}` : ''
    }
    case 'bulletList':
      return list(node, false)
    case 'orderedList':
      return list(node, true)
    case 'blockquote':
      return blocks(childrenOf(node))
        .join('\n\n')
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n')
    case 'codeBlock': {
      const code = textOf(node)
      const marker = fence(code)
      return `${marker}${String(node.attrs?.language ?? '')}\n${code}\n${marker}`
    }
    case 'horizontalRule':
      return '---'
    case 'table':
      return table(node)
    default:
      // A node this exporter does not know still keeps its text.
      return node.content ? blocks(childrenOf(node)).join('\n\n') : escapeMarkdown(textOf(node))
  }
}

const blocks = (nodes: JSONContent[]): string[] => nodes.map(block).filter((text) => text !== '')

const frontMatter = (meta: ExportMeta): string =>
  [
    '---',
    `course: ${JSON.stringify(meta.course)}`,
    `country: ${JSON.stringify(meta.country)}`,
    `title: ${JSON.stringify(meta.title)}`,
    `status: ${JSON.stringify(meta.status)}`,
    `version: ${JSON.stringify(meta.versionName)}`,
    `date: ${JSON.stringify(formatExportDate(meta.date))}`,
    '---',
  ].join('\n')

const commentsAppendix = (options: ExportOptions): string[] => {
  if (!options.comments?.length) return []
  return [
    `# ${COMMENTS_HEADING}`,
    ...summarizeThreads(options.comments).map((thread) =>
      [
        `**${thread.number}. “${escapeMarkdown(thread.quote)}”** (${escapeMarkdown(thread.status)})`,
        ...thread.comments.map((comment) =>
          indent(
            `**${escapeMarkdown(comment.author)}**, ${comment.date}:\\\n${escapeMarkdown(comment.body).replace(/\n/g, '\\\n')}`,
            '- ',
            '  ',
          ),
        ),
      ].join('\n\n'),
    ),
  ]
}

/**
 * The plan as CommonMark with GitHub tables, after a YAML front matter with its metadata.
 * Table cells with several paragraphs are joined with `<br>`; spanned cells stay where they
 * are and the columns they cover are left empty, since Markdown tables have no spans.
 */
export const toMarkdown = (
  doc: JSONContent,
  meta: ExportMeta,
  options: ExportOptions = {},
): string =>
  `${[frontMatter(meta), ...blocks(childrenOf(doc)), ...commentsAppendix(options)].join('\n\n')}\n`
