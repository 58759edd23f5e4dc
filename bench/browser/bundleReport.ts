import fs from 'node:fs'
import path from 'node:path'
import { webDistDir } from './buildWebApp'
import { measureEditorScripts } from './editorScripts'
import type { ScriptSize } from './editorScripts'
import { browserName, launchChromium } from './launchChromium'

/** The budget for the editor page's JavaScript, gzip, in kB (1,000 bytes). */
export const JS_BUDGET_KB = 350

const kB = (bytes: number): string => (bytes / 1000).toFixed(1)

/** The editor page's scripts measured in Chromium, and the lines that report them. */
export const bundleReport = async (): Promise<{ scripts: ScriptSize[]; lines: string[] }> => {
  const browser = await launchChromium()
  let scripts: ScriptSize[]
  const browserLabel = browserName(browser)
  try {
    scripts = await measureEditorScripts(browser)
  } finally {
    await browser.close()
  }
  const total = scripts.reduce((sum, script) => sum + script.gzipBytes, 0)
  const raw = scripts.reduce((sum, script) => sum + script.bytes, 0)
  const loaded = new Set(scripts.map((script) => path.basename(script.file)))
  const unused = fs
    .readdirSync(path.join(webDistDir, 'assets'))
    .filter((file) => file.endsWith('.js') && !loaded.has(file))
  const width = Math.max(...scripts.map((script) => script.file.length))
  const verdict = total / 1000 <= JS_BUDGET_KB ? 'within' : 'OVER'
  const encodings = [...new Set(scripts.map((script) => script.encoding ?? 'none'))].join(', ')
  const lines = [
    `JavaScript of the editor page (${browserLabel}; kB = 1,000 bytes; gzip level 9)`,
    '',
    `${'script'.padEnd(width)}  ${'raw kB'.padStart(8)}  ${'gzip kB'.padStart(8)}`,
    ...scripts.map(
      (script) =>
        `${script.file.padEnd(width)}  ${kB(script.bytes).padStart(8)}  ${kB(script.gzipBytes).padStart(8)}`,
    ),
    `${'total'.padEnd(width)}  ${kB(raw).padStart(8)}  ${kB(total).padStart(8)}`,
    '',
    `Budget ${JS_BUDGET_KB} kB gzip: ${verdict} (${kB(total)} kB, ${scripts.length} scripts).`,
    `Sent by the server with content encoding: ${encodings}.`,
    `Not loaded by the editor page: ${unused.join(', ') || 'none'}.`,
  ]
  return { scripts, lines }
}
