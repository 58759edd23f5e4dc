import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

const serverUrl = `http://localhost:${process.env.PORT ?? '8080'}`

export default defineConfig({
  root: 'apps/web',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: {
      '/api': serverUrl,
      '/collab': { target: serverUrl.replace('http', 'ws'), ws: true },
    },
  },
  test: {
    root: '.',
    include: ['apps/*/src/**/*.test.{ts,tsx}', 'packages/*/src/**/*.test.ts'],
    testTimeout: 20_000,
  },
})
