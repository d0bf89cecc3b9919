import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_download_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`curriculum_id\` integer,
  	\`code\` text,
  	\`edition\` text NOT NULL,
  	\`version\` text,
  	\`format\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`curriculum_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_download_events\`("id", "curriculum_id", "code", "edition", "version", "format", "locale", "updated_at", "created_at") SELECT "id", "curriculum_id", "code", "edition", "version", "format", "locale", "updated_at", "created_at" FROM \`download_events\`;`)
  await db.run(sql`DROP TABLE \`download_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_download_events\` RENAME TO \`download_events\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`download_events_curriculum_idx\` ON \`download_events\` (\`curriculum_id\`);`)
  await db.run(sql`CREATE INDEX \`download_events_updated_at_idx\` ON \`download_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`download_events_created_at_idx\` ON \`download_events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`curriculum_edition_idx\` ON \`download_events\` (\`curriculum_id\`,\`edition\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_download_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`curriculum_id\` integer,
  	\`code\` text,
  	\`edition\` text NOT NULL,
  	\`version\` numeric,
  	\`format\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`curriculum_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_download_events\`("id", "curriculum_id", "code", "edition", "version", "format", "locale", "updated_at", "created_at") SELECT "id", "curriculum_id", "code", "edition", "version", "format", "locale", "updated_at", "created_at" FROM \`download_events\`;`)
  await db.run(sql`DROP TABLE \`download_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_download_events\` RENAME TO \`download_events\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`download_events_curriculum_idx\` ON \`download_events\` (\`curriculum_id\`);`)
  await db.run(sql`CREATE INDEX \`download_events_updated_at_idx\` ON \`download_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`download_events_created_at_idx\` ON \`download_events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`curriculum_edition_idx\` ON \`download_events\` (\`curriculum_id\`,\`edition\`);`)
}
