import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_visibility_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`readers\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`used_by\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`references\` text;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`visibility\`;`)
  await db.run(sql`ALTER TABLE \`review_events\` ADD \`readers\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`visibility\` text DEFAULT 'public' NOT NULL;`)
  await db.run(sql`CREATE INDEX \`media_visibility_idx\` ON \`media\` (\`visibility\`);`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`readers\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`used_by\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`references\`;`)
  await db.run(sql`ALTER TABLE \`review_events\` DROP COLUMN \`readers\`;`)
}
