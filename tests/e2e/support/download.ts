import fs from 'node:fs/promises'
import type { Download, Locator, Page } from '@playwright/test'
import { unzipSync } from 'fflate'

/** Clicks `trigger` and waits for the browser's download it starts. */
export const downloadFrom = async (page: Page, trigger: Locator): Promise<Download> => {
  const download = page.waitForEvent('download')
  await trigger.click()
  return download
}

/** The downloaded file's bytes; fails if the download itself failed. */
export const bytesOf = async (download: Download): Promise<Uint8Array> => {
  const failure = await download.failure()
  if (failure) throw new Error(`Download failed: ${failure}`)
  return new Uint8Array(await fs.readFile(await download.path()))
}

/** The entries of a ZIP file (DOCX is one too) by name, after checking its "PK" signature. */
export const unzipped = (bytes: Uint8Array): Record<string, Uint8Array> => {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new Error('Not a ZIP file: no "PK" signature')
  return unzipSync(bytes)
}
