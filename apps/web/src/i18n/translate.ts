import type { MessageKey, Messages } from './en'

export type MessageValues = Record<string, string | number>

/** Looks up `key` and fills each `{name}` from `values`; unknown placeholders stay visible. */
export const translate = (messages: Messages, key: MessageKey, values?: MessageValues): string =>
  messages[key].replace(/\{(\w+)\}/g, (match, name: string) =>
    values && name in values ? String(values[name]) : match,
  )

export type Translate = (key: MessageKey, values?: MessageValues) => string
