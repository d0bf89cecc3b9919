import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`review_events\` ADD \`identifier\` text;`)
  await db.run(sql`ALTER TABLE \`review_events\` ADD \`identifier_kind\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`review_events\` DROP COLUMN \`identifier\`;`)
  await db.run(sql`ALTER TABLE \`review_events\` DROP COLUMN \`identifier_kind\`;`)
}
