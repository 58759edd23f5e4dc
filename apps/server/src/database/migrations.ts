import type Database from 'better-sqlite3'

/**
 * Schema changes, in order. `PRAGMA user_version` records how many have run; each runs in its
 * own transaction, so a failed migration leaves the database at the previous version. Never
 * edit a migration that has shipped: append a new one.
 */
export const MIGRATIONS: readonly ((db: Database.Database) => void)[] = [
  (db) => {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE teams (
        id TEXT PRIMARY KEY,
        country TEXT NOT NULL,
        country_code TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        team_id TEXT NOT NULL REFERENCES teams(id),
        title TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_edited_at TEXT NOT NULL
      );
      CREATE INDEX plans_team ON plans(team_id);
      -- The merged state of a plan's document up to its last compaction.
      CREATE TABLE plan_snapshots (
        plan_id TEXT PRIMARY KEY REFERENCES plans(id),
        state BLOB NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- Updates since the snapshot, in the order Yjs integrated them.
      CREATE TABLE plan_updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        plan_id TEXT NOT NULL REFERENCES plans(id),
        data BLOB NOT NULL
      );
      CREATE INDEX plan_updates_plan ON plan_updates(plan_id, seq);
    `)
  },
  (db) => {
    db.exec(`
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'mentor', 'delegate')),
        -- A delegate's team; NULL for admins and mentors.
        team_id TEXT REFERENCES teams(id),
        -- scrypt hash; NULL until the person accepts an invitation.
        password_hash TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
      );
      CREATE TABLE mentor_teams (
        user_id TEXT NOT NULL REFERENCES users(id),
        team_id TEXT NOT NULL REFERENCES teams(id),
        PRIMARY KEY (user_id, team_id)
      );
      -- Secrets (session ids, tokens, invitation links) are stored as SHA-256 hashes only.
      CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL
      );
      CREATE INDEX sessions_user ON sessions(user_id);
      CREATE TABLE access_tokens (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL REFERENCES users(id),
        label TEXT NOT NULL,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE TABLE invitations (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
      );
    `)
  },
  (db) => {
    db.exec(`
      CREATE TABLE comment_threads (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id),
        -- Encoded Yjs relative positions of the passage's start and end.
        anchor_start BLOB NOT NULL,
        anchor_end BLOB NOT NULL,
        quote TEXT NOT NULL,
        quote_prefix TEXT NOT NULL,
        quote_suffix TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
        created_by TEXT NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        resolved_by TEXT REFERENCES users(id),
        resolved_at TEXT,
        deleted_at TEXT
      );
      CREATE INDEX comment_threads_plan ON comment_threads(plan_id);
      CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        thread_id TEXT NOT NULL REFERENCES comment_threads(id),
        author_id TEXT NOT NULL REFERENCES users(id),
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        edited_at TEXT,
        deleted_at TEXT
      );
      CREATE INDEX comments_thread ON comments(thread_id);
      CREATE TABLE comment_mentions (
        comment_id TEXT NOT NULL REFERENCES comments(id),
        user_id TEXT NOT NULL REFERENCES users(id),
        PRIMARY KEY (comment_id, user_id)
      );
      CREATE TABLE notifications (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id),
        kind TEXT NOT NULL,
        plan_id TEXT NOT NULL REFERENCES plans(id),
        actor_id TEXT NOT NULL REFERENCES users(id),
        -- Set for comment notifications (mention, reply).
        comment_id TEXT REFERENCES comments(id),
        -- Kind-specific details as JSON, e.g. a status change's from, to and message.
        detail TEXT,
        created_at TEXT NOT NULL,
        read_at TEXT
      );
      CREATE INDEX notifications_user ON notifications(user_id, created_at);
      CREATE TABLE plan_visits (
        user_id TEXT NOT NULL REFERENCES users(id),
        plan_id TEXT NOT NULL REFERENCES plans(id),
        last_opened_at TEXT NOT NULL,
        PRIMARY KEY (user_id, plan_id)
      );
    `)
  },
  (db) => {
    db.exec(`
      ALTER TABLE plans ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'in_review', 'changes_requested', 'reviewed', 'final'));
      ALTER TABLE plans ADD COLUMN last_edited_by TEXT REFERENCES users(id);
      ALTER TABLE plans ADD COLUMN word_count INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE plans ADD COLUMN sections_filled INTEGER NOT NULL DEFAULT 0;
      CREATE TABLE plan_contributors (
        plan_id TEXT NOT NULL REFERENCES plans(id),
        user_id TEXT NOT NULL REFERENCES users(id),
        last_edit_at TEXT NOT NULL,
        PRIMARY KEY (plan_id, user_id)
      );
      -- Full document states (Y.encodeStateAsUpdate), so a version never depends on history
      -- that garbage collection may have dropped.
      CREATE TABLE plan_versions (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans(id),
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('auto', 'named', 'status', 'restore')),
        state BLOB NOT NULL,
        created_by TEXT REFERENCES users(id),
        created_at TEXT NOT NULL,
        -- JSON array of the ids of people who edited since the previous version.
        contributors TEXT NOT NULL,
        word_count INTEGER NOT NULL
      );
      CREATE INDEX plan_versions_plan ON plan_versions(plan_id, created_at);
      CREATE TABLE activity (
        id TEXT PRIMARY KEY,
        plan_id TEXT REFERENCES plans(id),
        kind TEXT NOT NULL,
        actor_id TEXT REFERENCES users(id),
        detail TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX activity_plan ON activity(plan_id, created_at);
      CREATE INDEX activity_time ON activity(created_at);
    `)
  },
  (db) => {
    // Storing a keystroke is one row and one commit, so what a commit touches is the cost of
    // typing: the first table dirtied three pages per commit (its own, its index's and
    // AUTOINCREMENT's counter); keyed by (plan_id, seq) without a rowid it is one. Sequence
    // numbers now count per plan; the old global ones keep each plan's order.
    db.exec(`
      CREATE TABLE plan_updates_by_plan (
        plan_id TEXT NOT NULL REFERENCES plans(id),
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (plan_id, seq)
      ) WITHOUT ROWID;
      INSERT INTO plan_updates_by_plan (plan_id, seq, data)
        SELECT plan_id, seq, data FROM plan_updates;
      DROP TABLE plan_updates;
      ALTER TABLE plan_updates_by_plan RENAME TO plan_updates;
    `)
  },
  (db) => {
    // What a version is called, as a code the web translates (a `VersionLabel`, JSON); versions
    // stored before have none and are read from their English name.
    db.exec('ALTER TABLE plan_versions ADD COLUMN label TEXT')
  },
  (db) => {
    // Who writes under each Yjs client id of a plan: the first person to announce it (their
    // presence) or to write with it. Nobody else may write new content under it, so no one can
    // take a teammate's id and make the server ignore the teammate's next edits.
    // Stored content the plan cannot integrate (it builds on changes never stored, or cannot be
    // read) is set aside here when the plan loads, kept for repair rather than deleted.
    db.exec(`
      CREATE TABLE plan_client_ids (
        plan_id TEXT NOT NULL REFERENCES plans(id),
        client_id INTEGER NOT NULL,
        user_id TEXT NOT NULL,
        bound_at TEXT NOT NULL,
        PRIMARY KEY (plan_id, client_id)
      ) WITHOUT ROWID;
      CREATE TABLE plan_set_aside (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        plan_id TEXT NOT NULL REFERENCES plans(id),
        data BLOB NOT NULL,
        reason TEXT NOT NULL,
        set_aside_at TEXT NOT NULL
      );
      CREATE INDEX plan_set_aside_plan ON plan_set_aside(plan_id);
    `)
  },
  (db) => {
    // The sign-in throttle's counters (`auth/SignInThrottle.ts`), kept across restarts; times
    // in ms since the epoch. Rows past `forget_at` count for nothing and are pruned.
    db.exec(`
      CREATE TABLE sign_in_failures (
        key TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        next_allowed_at INTEGER NOT NULL,
        forget_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX sign_in_failures_forget ON sign_in_failures(forget_at);
    `)
  },
  (db) => {
    // People whose password was set to the demo password, which the README publishes: sign-in
    // refuses it from other machines. Setting a password clears the mark. Demo accounts seeded
    // before this were created with that password; their addresses (reserved .example domains)
    // were the demo's, so they are marked too.
    db.exec(`
      ALTER TABLE users ADD COLUMN demo_password INTEGER NOT NULL DEFAULT 0;
      UPDATE users SET demo_password = 1
        WHERE password_hash IS NOT NULL AND email IN (
          'admin@coplan.example', 'mentor.kim@coplan.example', 'mentor.lee@coplan.example',
          'ama.owusu@ghana.example', 'kwame.mensah@ghana.example',
          'lucia.quispe@peru.example', 'mateo.rojas@peru.example',
          'dilnoza.karimova@uzbekistan.example', 'timur.rakhimov@uzbekistan.example'
        );
    `)
  },
]

export const migrate = (db: Database.Database): void => {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > MIGRATIONS.length) {
    throw new Error(
      `Database schema version ${current} is newer than this Coplan (${MIGRATIONS.length}); upgrade Coplan`,
    )
  }
  MIGRATIONS.slice(current).forEach((step, index) => {
    db.transaction(() => {
      step(db)
      db.pragma(`user_version = ${current + index + 1}`)
    })()
  })
}
