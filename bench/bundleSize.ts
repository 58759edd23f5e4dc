/**
 * The web app's JavaScript for the editor page against its budget (350 kB gzip, React
 * included): builds the app (unless `--no-build`), opens the editor page in Chromium and sums
 * the gzip size of every script the page loads (see `browser/editorScripts.ts`). Prints each
 * script, the total and the verdict.
 *
 *   node --import tsx bench/bundleSize.ts [--no-build]
 */
import { parseArgs } from 'node:util'
import { buildWebApp } from './browser/buildWebApp'
import { bundleReport } from './browser/bundleReport'

const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } })
if (!values['no-build']) {
  process.stderr.write('building the web app…\n')
  buildWebApp()
}
const { lines } = await bundleReport()
for (const line of lines) console.log(line)
console.log(`\nRerun: node --import tsx bench/bundleSize.ts ${process.argv.slice(2).join(' ')}`)
