/** Structured log lines for operators: a message plus context such as the plan and user. */
export interface Logger {
  info(message: string, context?: Record<string, unknown>): void
  warn(message: string, context?: Record<string, unknown>): void
  error(message: string, context?: Record<string, unknown>): void
}

const format = (context?: Record<string, unknown>): string =>
  context && Object.keys(context).length > 0 ? ` ${JSON.stringify(context)}` : ''

export const createConsoleLogger = (): Logger => ({
  info: (message, context) => console.log(`${message}${format(context)}`),
  warn: (message, context) => console.warn(`${message}${format(context)}`),
  error: (message, context) => console.error(`${message}${format(context)}`),
})

/** Keeps test output readable; errors still print so a failing test shows why. */
export const createQuietLogger = (): Logger => ({
  info: () => {},
  warn: () => {},
  error: (message, context) => console.error(`${message}${format(context)}`),
})
