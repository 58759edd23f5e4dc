import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const mainFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../main.ts')

export interface ServerProcess {
  child: ChildProcess
  url: string
  collabUrl: string
  /** Output so far, for failure messages. */
  output(): string
}

/**
 * Runs `main.ts` in its own process, as `npm start` does, so a test can kill it for real.
 * Resolves once it prints its listening line. The caller must kill it. A variable in `env`
 * set to `undefined` is left out of the process's environment.
 */
export const startServerProcess = (
  dataDir: string,
  env: Record<string, string | undefined> = {},
): Promise<ServerProcess> => {
  const child = spawn(process.execPath, ['--import', 'tsx', mainFile], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const url = /Coplan listening on (http:\/\/\S+)/.exec(output)?.[1]
      if (url) {
        resolve({
          child,
          url,
          collabUrl: `${url.replace('http', 'ws')}/collab`,
          output: () => output,
        })
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code, signal) =>
      reject(new Error(`server exited (${code ?? signal}) before listening:\n${output}`)),
    )
  })
}

/** Resolves when the process has exited. */
export const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()))

/** Kills the process with `signal` (if still running) and waits for it to exit. */
export const stopProcess = async (child: ChildProcess, signal: NodeJS.Signals): Promise<void> => {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal)
  await exited(child)
}
