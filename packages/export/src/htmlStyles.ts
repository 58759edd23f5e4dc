import { EXPORT_FONTS, EXPORT_MONO_FONT, cssFontFamily } from './exportFonts'

// Escaped for CSS inside a <style> element: "<" too, so a title can never close the element.
const cssString = (text: string): string =>
  `"${text
    .replace(/[\\"]/g, '\\$&')
    .replace(/[\r\n]+/g, ' ')
    .replace(/[<>&]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`

/**
 * The style sheet of the HTML export, which is also what the PDF is printed from: A4 pages with
 * the country and title in the footer and "Page n of m" (CSS page margin boxes, so a person
 * printing the HTML from a browser gets them too), none on the cover. Long words, links and
 * code lines wrap rather than run off the page, where their text would be lost.
 */
export const htmlStyles = (footer: string): string => {
  const body = cssFontFamily(EXPORT_FONTS)
  const mono = cssFontFamily([EXPORT_MONO_FONT, ...EXPORT_FONTS])
  return `
@page {
  size: A4;
  margin: 22mm 20mm 24mm;
  @bottom-left { content: ${cssString(footer)}; font: 8pt ${body}; color: #5c6670; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt ${body}; color: #5c6670; }
}
@page :first {
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}
:root { color: #14191f; font: 10.5pt/1.5 ${body}; }
body { margin: 0; overflow-wrap: anywhere; }
p, li, td, th, dd { text-align: start; }
h1, h2, h3, h4, h5, h6 { color: #16325c; line-height: 1.25; margin: 1.2em 0 0.4em; break-after: avoid; }
h1 { font-size: 20pt; }
h2 { font-size: 15pt; border-bottom: 0.75pt solid #c9d3df; padding-bottom: 2pt; }
h3 { font-size: 12.5pt; }
h4, h5, h6 { font-size: 11pt; }
p { margin: 0 0 0.6em; orphans: 2; widows: 2; }
a { color: #1f4e8c; }
ul, ol { margin: 0 0 0.6em; padding-inline-start: 1.6em; }
li > p { margin: 0 0 0.2em; }
blockquote { margin: 0 0 0.8em; padding: 0.2em 0 0.2em 1em; border-inline-start: 3pt solid #c9d3df; color: #38424d; }
code, pre { font-family: ${mono}; font-size: 9pt; }
code { background: #eef1f5; padding: 0 2pt; border-radius: 2pt; }
pre { background: #f4f6f9; border: 0.5pt solid #d5dce4; padding: 6pt 8pt; white-space: pre-wrap; break-inside: avoid; }
pre code { background: none; padding: 0; }
hr { border: 0; border-top: 0.75pt solid #9aa7b5; margin: 1em 0; }
table { border-collapse: collapse; width: 100%; margin: 0 0 0.9em; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.5pt solid #9aa7b5; padding: 3pt 5pt; vertical-align: top; }
th { background: #e6ecf3; font-weight: 700; }
td > p:last-child, th > p:last-child { margin-bottom: 0; }
.cover { min-height: 240mm; display: flex; flex-direction: column; break-after: page; }
.cover-course { font-size: 11pt; letter-spacing: 0.08em; text-transform: uppercase; color: #5c6670; margin: 0; }
.cover-rule { border-top: 2pt solid #16325c; margin: 10mm 0 8mm; }
.cover-country { font-size: 16pt; color: #16325c; margin: 0 0 4mm; }
.cover-title { font-size: 26pt; font-weight: 700; line-height: 1.2; margin: 0; color: #14191f; }
.cover-meta { margin-top: auto; display: grid; grid-template-columns: max-content 1fr; gap: 2mm 8mm; font-size: 10.5pt; }
.cover-meta dt { color: #5c6670; }
.cover-meta dd { margin: 0; }
.toc { break-after: page; }
.toc h2 { border: 0; }
.toc ol { list-style: none; padding: 0; margin: 0; }
.toc li { margin: 0 0 0.25em; }
.toc a { color: inherit; text-decoration: none; display: flex; gap: 0.5em; align-items: baseline; }
.toc .toc-2 { padding-inline-start: 1.2em; }
.toc .toc-3 { padding-inline-start: 2.4em; font-size: 0.95em; }
.toc .toc-leader { flex: 1; border-bottom: 0.75pt dotted #9aa7b5; }
.toc .toc-page { min-width: 2.5em; text-align: end; font-variant-numeric: tabular-nums; }
.appendix { break-before: page; }
.thread { margin: 0 0 1em; break-inside: avoid; }
.thread-head { margin: 0 0 0.3em; }
.thread-status { color: #5c6670; }
.thread-comments { margin: 0; list-style: none; padding-inline-start: 1.2em; }
.comment-meta { color: #5c6670; font-size: 9pt; margin: 0; }
@media screen {
  body { max-width: 52rem; margin: 2rem auto; padding: 0 1.25rem; }
  .cover { min-height: 0; border-bottom: 1px solid #c9d3df; padding-bottom: 1.5rem; margin-bottom: 1.5rem; }
  .cover-meta { margin-top: 1.5rem; }
}
`
}
