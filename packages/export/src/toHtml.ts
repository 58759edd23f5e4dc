import type { JSONContent } from '@tiptap/core'
import { escapeHtml } from './escapeHtml'
import type { ExportMeta, ExportOptions } from './ExportMeta'
import { formatExportDate } from './formatExportDate'
import { htmlBlocks, textAttributes } from './htmlBlocks'
import { htmlStyles } from './htmlStyles'
import type { HeadingEntry } from './planNodes'
import { TOC_MAX_LEVEL, childrenOf, headingAnchors } from './planNodes'
import { COMMENTS_HEADING, summarizeThreads } from './threadSummary'

export interface HtmlOptions extends ExportOptions {
  /**
   * Page numbers for the table of contents, by heading id, for printing to PDF. Given (even
   * empty), every entry gets a page column of the same width, so filling the numbers in later
   * never moves anything; absent, the contents are plain links, as a web page has no pages.
   */
  tocPages?: Readonly<Record<string, number>>
}

/** The anchor of the comments appendix, for the table of contents. */
export const COMMENTS_ANCHOR = 'comments'

const text = (value: string, tag = 'span', className?: string): string =>
  `<${tag}${className ? ` class="${className}"` : ''}${textAttributes(value)}>${escapeHtml(value)}</${tag}>`

const cover = (meta: ExportMeta): string => `<section class="cover">
${text(meta.course, 'p', 'cover-course')}
<div class="cover-rule"></div>
${text(meta.country, 'p', 'cover-country')}
${text(meta.title, 'p', 'cover-title')}
<dl class="cover-meta">
<dt>Country</dt>${text(meta.country, 'dd')}
<dt>Status</dt>${text(meta.status, 'dd')}
<dt>Version</dt>${text(meta.versionName, 'dd')}
<dt>${escapeHtml(meta.dateLabel ?? 'Date')}</dt><dd>${formatExportDate(meta.date)}</dd>
</dl>
</section>`

const toc = (entries: HeadingEntry[], pages: HtmlOptions['tocPages']): string => {
  const items = entries
    .filter((entry) => entry.level <= TOC_MAX_LEVEL && entry.text)
    .map((entry) => {
      const page = pages
        ? `<span class="toc-leader"></span><span class="toc-page">${pages[entry.id] ?? ''}</span>`
        : ''
      return `<li class="toc-${entry.level}"><a href="#${entry.id}">${text(entry.text, 'span', 'toc-text')}${page}</a></li>`
    })
  return `<nav class="toc" aria-labelledby="toc-title">
<h2 id="toc-title">Contents</h2>
<ol>
${items.join('\n')}
</ol>
</nav>`
}

const appendix = (options: ExportOptions): string => {
  if (!options.comments?.length) return ''
  const threads = summarizeThreads(options.comments).map(
    (thread) => `<section class="thread">
<p class="thread-head"><strong>${thread.number}.</strong> “${text(thread.quote)}” <span class="thread-status">(${escapeHtml(thread.status)})</span></p>
<ol class="thread-comments">
${thread.comments
  .map(
    (comment) =>
      `<li><p class="comment-meta">${text(comment.author)} · ${escapeHtml(comment.date)}</p><p${textAttributes(comment.body)}>${escapeHtml(comment.body).replace(/\n/g, '<br>')}</p></li>`,
  )
  .join('\n')}
</ol>
</section>`,
  )
  return `<section class="appendix">
<h1 id="${COMMENTS_ANCHOR}">${COMMENTS_HEADING}</h1>
${threads.join('\n')}
</section>`
}

/**
 * The plan as one standalone HTML page: cover, table of contents, the text and, if asked, the
 * comment threads, with its style sheet inside and nothing loaded from anywhere, so it can be
 * opened offline, printed as it is, or printed to PDF by Coplan.
 */
export const toHtml = (doc: JSONContent, meta: ExportMeta, options: HtmlOptions = {}): string => {
  const anchors = headingAnchors(doc)
  const entries = options.comments?.length
    ? [...anchors.entries, { id: COMMENTS_ANCHOR, level: 1, text: COMMENTS_HEADING }]
    : anchors.entries
  const title = `${meta.country} — ${meta.title}`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Coplan">
<title>${escapeHtml(title)}</title>
<style>${htmlStyles(title)}</style>
</head>
<body>
${cover(meta)}
${toc(entries, options.tocPages)}
<main class="plan">
${htmlBlocks(childrenOf(doc), anchors)}
</main>
${appendix(options)}
</body>
</html>
`
}
