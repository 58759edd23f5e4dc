import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import * as Y from 'yjs'
import {
  PLAN_BODY_FIELD,
  createPlanSchema,
  createPlanTemplate,
  planDocToJSON,
  planUpdateFromJSON,
} from '@coplan/schema'

/** The long editing history the cold-load benchmark replays (see its README.md). */
export const DEFAULT_TRACE = '/work/shared/data/editing-traces/automerge-paper.json.gz'

/** Bumped whenever the replay below changes, so an old cached result is not reused. */
const REPLAY_VERSION = 1

interface Trace {
  startContent: string
  endContent: string
  txns: { patches: [number, number, string][] }[]
}

export interface TraceDocument {
  /** The whole plan as one Yjs update (what every server is given). */
  state: Uint8Array
  /** The paragraph's text at the end of the trace. */
  endContent: string
  edits: number
  /** Milliseconds the replay took, or null when the result came from the cache. */
  replayMs: number | null
  cacheFile: string
}

/** The plan's first top-level paragraph: the replayed text goes there. */
const targetParagraph = (doc: Y.Doc): Y.XmlElement => {
  const body = doc.getXmlFragment(PLAN_BODY_FIELD)
  const paragraph = body
    .toArray()
    .find(
      (node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'paragraph',
    )
  if (!paragraph) throw new Error('The plan template has no top-level paragraph')
  return paragraph
}

/** The plain text of the paragraph the trace was replayed into. */
export const paragraphText = (doc: Y.Doc): string => {
  const text = targetParagraph(doc).get(0)
  if (!(text instanceof Y.XmlText)) return ''
  return (text.toDelta() as { insert: unknown }[])
    .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('')
}

/**
 * Replays every patch of the trace into a paragraph of a new plan, one Yjs transaction per
 * patch as an editor makes them, by one client (the author). The text node is created in the
 * first transaction, as y-prosemirror does when someone starts typing in an empty paragraph.
 */
const replay = (trace: Trace): { state: Uint8Array; edits: number } => {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, planUpdateFromJSON(createPlanTemplate('A long plan')))
  const paragraph = targetParagraph(doc)
  const text = new Y.XmlText()
  doc.transact(() => {
    paragraph.insert(0, [text])
    if (trace.startContent) text.insert(0, trace.startContent)
  })
  let edits = 0
  for (const txn of trace.txns) {
    for (const [pos, deleteCount, insert] of txn.patches) {
      doc.transact(() => {
        if (deleteCount > 0) text.delete(pos, deleteCount)
        if (insert) text.insert(pos, insert)
      })
      edits++
    }
  }
  if (paragraphText(doc) !== trace.endContent) {
    throw new Error('Replaying the trace did not produce its endContent')
  }
  // The plan must still be a document the editor (and Coplan's exporter) can open.
  createPlanSchema().nodeFromJSON(planDocToJSON(doc)).check()
  const state = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return { state, edits }
}

/**
 * The plan built from the trace. The replay takes seconds, so its result is cached in the
 * temporary directory, keyed by the trace file's path, size and modification time.
 */
export const loadTraceDocument = (file = DEFAULT_TRACE): TraceDocument => {
  const stat = fs.statSync(file)
  const key = crypto
    .createHash('sha256')
    .update(`${REPLAY_VERSION}:${path.resolve(file)}:${stat.size}:${stat.mtimeMs}`)
    .digest('hex')
    .slice(0, 16)
  const cacheFile = path.join(os.tmpdir(), `coplan-bench-trace-${key}.bin`)
  const trace = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as Trace
  const edits = trace.txns.reduce((sum, txn) => sum + txn.patches.length, 0)
  if (fs.existsSync(cacheFile)) {
    const state = new Uint8Array(fs.readFileSync(cacheFile))
    const doc = new Y.Doc()
    Y.applyUpdate(doc, state)
    const matches = paragraphText(doc) === trace.endContent
    doc.destroy()
    if (matches) return { state, endContent: trace.endContent, edits, replayMs: null, cacheFile }
  }
  const started = performance.now()
  const result = replay(trace)
  const replayMs = performance.now() - started
  fs.writeFileSync(cacheFile, result.state)
  return { state: result.state, endContent: trace.endContent, edits, replayMs, cacheFile }
}
