import type { IntlMessageFormat } from 'intl-messageformat'

type MessageElement = ReturnType<IntlMessageFormat['getAst']>[number]

// Element types of the ICU parser whose `value` names a placeholder: 1 a plain argument, 2
// number, 3 date, 4 time, 5 select, 6 plural. 0 is literal text, 7 the `#` of a plural, 8 a tag.
const NAMED = new Set([1, 2, 3, 4, 5, 6])
const NUMERIC = new Set([2, 6])

/**
 * Every placeholder a parsed message uses, including those inside plural and select branches,
 * each with whether it must be a number (a plural's count, a `{n, number}`).
 */
export const placeholderKinds = (elements: MessageElement[]): Map<string, 'text' | 'number'> => {
  const kinds = new Map<string, 'text' | 'number'>()
  const pending = [...elements]
  for (let element = pending.pop(); element; element = pending.pop()) {
    if (NAMED.has(element.type) && 'value' in element && typeof element.value === 'string') {
      const numeric = NUMERIC.has(element.type) || kinds.get(element.value) === 'number'
      kinds.set(element.value, numeric ? 'number' : 'text')
    }
    if ('options' in element && typeof element.options === 'object') {
      for (const option of Object.values(element.options)) pending.push(...option.value)
    }
    if ('children' in element) pending.push(...element.children)
  }
  return kinds
}

/** Every placeholder a parsed message uses, including those inside plural and select branches. */
export const placeholderNames = (elements: MessageElement[]): Set<string> =>
  new Set(placeholderKinds(elements).keys())

type Trim<S extends string> = S extends ` ${infer R}`
  ? Trim<R>
  : S extends `${infer R} `
    ? Trim<R>
    : S

/** The name at the start of what follows a `{`: up to the `}` or the `,` of `{count, plural, …}`. */
type NameAt<S extends string> = S extends `${infer Inside}}${string}`
  ? Inside extends `${infer Name},${string}`
    ? Trim<Name>
    : Trim<Inside>
  : never

type Pop<Depth extends 0[]> = Depth extends [0, ...infer Rest extends 0[]] ? Rest : []

/**
 * The top-level placeholder names of an ICU message known at compile time, walking brace by
 * brace so that the branches of a plural (`one {# word}`) are not mistaken for placeholders.
 * Placeholders nested inside a branch are not seen; the catalogue test checks those at run time.
 */
export type PlaceholderNames<
  S extends string,
  Depth extends 0[] = [],
  Found extends string = never,
> = S extends `${infer Before}{${infer After}`
  ? Before extends `${string}}${infer Rest}`
    ? PlaceholderNames<`${Rest}{${After}`, Pop<Depth>, Found>
    : Depth extends []
      ? PlaceholderNames<After, [0], Found | NameAt<After>>
      : PlaceholderNames<After, [...Depth, 0], Found>
  : Found
