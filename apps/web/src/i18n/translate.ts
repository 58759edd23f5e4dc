import { IntlMessageFormat } from 'intl-messageformat'
import type { Lang } from './languages'
import type { MessageKey, Messages } from './en'
import type { en } from './en'
import { placeholderKinds } from './placeholderNames'
import type { PlaceholderNames } from './placeholderNames'

export type MessageValues = Record<string, string | number>

/** The values `t(key, …)` needs: one per placeholder of the English message. */
export type ValuesFor<K extends MessageKey> = Record<
  PlaceholderNames<(typeof en)[K]>,
  string | number
>

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I,
) => void
  ? I
  : never
type IsUnion<T> = [T] extends [UnionToIntersection<T>] ? false : true

/**
 * What `t(key, …)` takes after the key. A key written out requires exactly the placeholders of
 * its English message (none: no values). A key chosen at run time among several (`MessageKey`,
 * `` `lang.${lang}` ``) takes any values: TypeScript cannot tell which message it will be, and the
 * catalogue test checks every message's placeholders instead.
 */
export type ValuesArg<K extends MessageKey> =
  IsUnion<K> extends true
    ? [values?: MessageValues]
    : [PlaceholderNames<(typeof en)[K]>] extends [never]
      ? []
      : [values: ValuesFor<K>]

export type Translate = <K extends MessageKey>(key: K, ...values: ValuesArg<K>) => string

interface Compiled {
  format: IntlMessageFormat
  placeholders: ReadonlyMap<string, 'text' | 'number'>
}

/**
 * Compiled messages by catalogue (one per language), then key: parsing is the costly part, and a
 * list re-renders the same few messages many times.
 */
const compiled = new WeakMap<Messages, Map<MessageKey, Compiled>>()

const compile = (messages: Messages, lang: Lang, key: MessageKey): Compiled => {
  let byKey = compiled.get(messages)
  if (!byKey) compiled.set(messages, (byKey = new Map()))
  let entry = byKey.get(key)
  if (!entry) {
    // `ignoreTag`: a `<` in a message is text, not rich-text markup.
    const format = new IntlMessageFormat(messages[key], lang, undefined, { ignoreTag: true })
    entry = { format, placeholders: placeholderKinds(format.getAst()) }
    byKey.set(key, entry)
  }
  return entry
}

/**
 * Formats `key` of `messages` (an ICU message in `lang`) with `values`. A placeholder without a
 * value stays visible as `{name}` rather than throwing, so a missed value shows in the UI
 * instead of blanking the screen; `fillNodes` relies on this to put elements in its place. A
 * plural without its count cannot be formatted at all: that is logged and the message shown
 * unformatted.
 */
export const translate = (
  messages: Messages,
  lang: Lang,
  key: MessageKey,
  values: MessageValues = {},
): string => {
  const { format, placeholders } = compile(messages, lang, key)
  const filled: MessageValues = {}
  for (const [name, kind] of placeholders) {
    const value = values[name]
    if (value !== undefined) filled[name] = value
    else if (kind === 'text') filled[name] = `{${name}}`
    else {
      console.error(`The ${lang} message ${key} needs a number for {${name}}`)
      return messages[key]
    }
  }
  return String(format.format(filled))
}

/** `t` for one catalogue: what the provider hands to components, and what tests use directly. */
export const translator =
  (messages: Messages, lang: Lang): Translate =>
  (key, ...values) =>
    translate(messages, lang, key, values[0])
