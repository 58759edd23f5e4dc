import { Fragment } from 'react'
import type { ReactNode } from 'react'

/**
 * A translated sentence with some of its `{placeholders}` filled by elements (a bold name), so
 * each language keeps its own word order. Pass the text as `t(key)` returns it unfilled.
 */
export const fillNodes = (template: string, values: Record<string, ReactNode>): ReactNode[] =>
  template.split(/\{(\w+)\}/).map((part, index) => (
    // Odd parts are placeholder names; even parts plain text.
    <Fragment key={index}>{index % 2 === 1 ? (values[part] ?? `{${part}}`) : part}</Fragment>
  ))
