// The entry of every worker thread: Node 20 starts a worker's own file without the loader hooks
// of `--import tsx` (nodejs/node#47747), so this plain module registers tsx in the worker and
// then imports the TypeScript module named in `workerData.entry`.
import { workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
await import(workerData.entry)
