import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Payload reads a record's localized fields by `_parent_id` alone, but the only index on each `*_locales`
 * table starts with `_locale`, so SQLite scanned the whole table for every record read: at 100,000 case
 * studies one read took a table scan of 53,000 rows, and the search reindex read 6.7 records a second.
 * One index per table on `_parent_id` turns each scan into a lookup. Payload's schema does not declare
 * these (it cannot), so they live here, for every localized table the earlier migrations created.
 */
const localizedTables = async (db: MigrateUpArgs['db']): Promise<string[]> => {
  const rows = await db.all<{ name: string }>(
    sql`SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, -8) = '_locales' ORDER BY name`,
  )
  return rows.map((row) => row.name)
}

const indexName = (table: string) => `${table}_parent_id_idx`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of await localizedTables(db)) {
    await db.run(sql.raw(`CREATE INDEX IF NOT EXISTS \`${indexName(table)}\` ON \`${table}\` (\`_parent_id\`);`))
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of await localizedTables(db)) {
    await db.run(sql.raw(`DROP INDEX IF EXISTS \`${indexName(table)}\`;`))
  }
}
