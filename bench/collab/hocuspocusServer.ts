import { Server } from '@hocuspocus/server'
import { SQLite } from '@hocuspocus/extension-sqlite'

/** Hocuspocus 3 with its SQLite extension, configured as its documentation shows. */
const server = new Server({
  port: Number(process.env.PORT),
  address: '127.0.0.1',
  quiet: true,
  extensions: [new SQLite({ database: process.env.DATABASE ?? 'hocuspocus.sqlite' })],
})
await server.listen()
console.log(`listening on ${process.env.PORT}`)
