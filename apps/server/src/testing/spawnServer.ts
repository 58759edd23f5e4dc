import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { onTestFinished } from 'vitest'

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
 * Resolves once it prints its listening line; killed when the current test finishes.
 */
export const spawnServer = (
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> => {
  const child = spawn(process.execPath, ['--import', 'tsx', mainFile], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  })
  let output = ''
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /Coplan listening on (http:\/\/\S+)/.exec(output)
      if (match?.[1]) {
        const url = match[1]
        resolve({
          child,
          url,
          collabUrl: `${url.replace('http', 'ws')}/collab`,
          output: () => output,
        })
      }
    }
    child.stdout?.on('data', onData)
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
