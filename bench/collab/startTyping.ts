/** Something that types one keystroke when asked, and says false once its script is done. */
export interface Typist {
  type(): boolean
}

/**
 * Has each typist type `perSecond` keystrokes a second, starting at a random point of the first
 * interval so that typists do not all send in the same instant; returns a function that stops
 * them all.
 */
export const startTyping = (typists: readonly Typist[], perSecond: number): (() => void) => {
  const intervalMs = 1000 / perSecond
  const stops = typists.map((client) => {
    let timer: NodeJS.Timeout | undefined
    const start = setTimeout(() => {
      timer = setInterval(() => {
        if (!client.type()) clearInterval(timer)
      }, intervalMs)
    }, Math.random() * intervalMs)
    return () => {
      clearTimeout(start)
      clearInterval(timer)
    }
  })
  return () => {
    for (const stop of stops) stop()
  }
}
