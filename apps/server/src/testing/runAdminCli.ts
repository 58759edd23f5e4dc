import { execFile } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const adminFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../cli/admin.ts')

/**
 * Runs `npm run admin -- …` in its own process on the database of `dataDir`, as an operator
 * would (also while a test server runs on it). Invitation links point at coplan.example.
 */
export const runAdminCli = (
  dataDir: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', adminFile, ...args],
      { env: { ...process.env, DATA_DIR: dataDir, PUBLIC_URL: 'https://coplan.example' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })
