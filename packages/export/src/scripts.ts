/**
 * Which writing system a piece of text is in, as far as export cares: fonts (a PDF font and a
 * Word font slot per script), direction (Arabic runs right to left) and language tags.
 */
export type Script =
  | 'latin'
  | 'cyrillic'
  | 'hangul'
  | 'han'
  | 'kana'
  | 'arabic'
  | 'thai'
  | 'devanagari'
  /** Digits, punctuation, spaces and symbols: they take the script of the text around them. */
  | 'common'

const SCRIPT_TESTS: readonly [Script, RegExp][] = [
  ['hangul', /\p{Script=Hangul}/u],
  ['han', /\p{Script=Han}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['thai', /\p{Script=Thai}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['latin', /\p{Script=Latin}/u],
]

/** The script of one character (a code point, not a UTF-16 unit). */
export const scriptOf = (char: string): Script => {
  for (const [script, test] of SCRIPT_TESTS) if (test.test(char)) return script
  return 'common'
}

export interface ScriptRun {
  text: string
  script: Script
}

/**
 * `text` cut where the script changes. Common characters (spaces, digits, punctuation) join the
 * run before them, or the next one at the start, so "서울 2024, Seoul" is two runs, not five.
 */
export const splitByScript = (text: string): ScriptRun[] => {
  const runs: ScriptRun[] = []
  for (const char of text) {
    const script = scriptOf(char)
    const last = runs[runs.length - 1]
    if (last && (script === 'common' || script === last.script)) last.text += char
    else if (last && last.script === 'common') {
      last.text += char
      last.script = script
    } else runs.push({ text: char, script })
  }
  return runs
}

const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u
const STRONG = /[\p{L}]/u

/** The direction of a paragraph as `dir="auto"` decides it: by its first strong character. */
export const directionOf = (text: string): 'ltr' | 'rtl' => {
  for (const char of text) if (STRONG.test(char)) return RTL.test(char) ? 'rtl' : 'ltr'
  return 'ltr'
}

/**
 * A language tag for text, when its script says the language for sure: Hangul is Korean and
 * Thai script is Thai. Arabic script may be Arabic, Dari or Urdu and Devanagari Hindi or Nepali,
 * and a wrong tag is worse than none (screen readers would mispronounce), so those get none.
 */
export const languageOf = (text: string): string | undefined => {
  const counts = new Map<Script, number>()
  for (const char of text) {
    const script = scriptOf(char)
    if (script !== 'common') counts.set(script, (counts.get(script) ?? 0) + 1)
  }
  let best: Script | undefined
  for (const [script, count] of counts) if (!best || count > (counts.get(best) ?? 0)) best = script
  return best === 'hangul' ? 'ko' : best === 'thai' ? 'th' : undefined
}
