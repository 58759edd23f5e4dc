import { onTestFinished } from 'vitest'
import type { ServerProcess } from './serverProcess'
import { startServerProcess } from './serverProcess'

/** `startServerProcess`, killed when the current test finishes. */
export const spawnServer = async (
  dataDir: string,
  env: Record<string, string | undefined> = {},
): Promise<ServerProcess> => {
  const server = await startServerProcess(dataDir, env)
  onTestFinished(() => {
    if (server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGKILL')
    }
  })
  return server
}
