import Database from 'better-sqlite3'
import fs from 'node:fs'
const variant = process.argv[2]
fs.rmSync('/tmp/sqb', {recursive:true, force:true}); fs.mkdirSync('/tmp/sqb')
const db = new Database('/tmp/sqb/x.db')
if (variant.includes('ps1k')) db.pragma('page_size = 1024')
db.pragma('journal_mode = WAL'); db.pragma('synchronous = NORMAL')
if (variant.includes('excl')) db.pragma('locking_mode = EXCLUSIVE')
if (variant.includes('off')) db.pragma('synchronous = OFF')
db.exec('CREATE TABLE plan_updates (plan_id TEXT NOT NULL, seq INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (plan_id, seq)) WITHOUT ROWID')
const ins = db.prepare('INSERT INTO plan_updates (plan_id, seq, data) VALUES (?, (SELECT coalesce(max(seq),0)+1 FROM plan_updates WHERE plan_id = ?), ?)')
const tx = db.transaction((p, d) => ins.run(p, p, d))
const data = Buffer.alloc(60, 7)
const N = 50000
let t = process.cpuUsage()
for (let i = 0; i < N; i++) tx('plan-' + (i % 60), data)
let c = process.cpuUsage(t); console.log(variant, 'sqlite tx per insert µs', ((c.user + c.system) / N).toFixed(2), 'sys', (c.system/N).toFixed(2))
