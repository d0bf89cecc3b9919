import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'
import { sql } from '@payloadcms/db-sqlite'

type Row = { id: string; lesson: number | string; organization: number | string | null; date: string | null }

/**
 * Until now a lesson kept who applied it in an array of its own (`appliedBy`), which only the lesson's NGO could
 * edit. Each of those rows becomes an entry of the NGO that applied it, dated as the row was (else by the
 * lesson's last change) and with its result not yet known, before the next migration drops the array.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  const rows = (await db.all(sql`
    SELECT a.id AS id, a._parent_id AS lesson, a.organization_id AS organization, coalesce(a.date, l.updated_at) AS date
    FROM lessons_applied_by a JOIN lessons l ON l.id = a._parent_id ORDER BY a._parent_id, a._order`)) as Row[]
  const texts = (await db.all(sql`SELECT _parent_id AS id, _locale AS locale, what_happened AS text FROM lessons_applied_by_locales`)) as {
    id: string
    locale: 'fa' | 'en'
    text: string | null
  }[]
  for (const row of rows) {
    if (row.organization == null) continue
    const text = (locale: 'fa' | 'en') => texts.find((t) => t.id === row.id && t.locale === locale)?.text?.trim() || null
    // Persian is required: a row written in English alone keeps its words in both places.
    const fa = text('fa') ?? text('en') ?? '—'
    const now = new Date().toISOString()
    const [entry] = (await db.all(sql`
      INSERT INTO lesson_applications (lesson_id, organization_id, applied_on, result, updated_at, created_at)
      VALUES (${row.lesson}, ${row.organization}, ${row.date}, 'too-early', ${now}, ${now}) RETURNING id`)) as { id: number }[]
    const en = text('en')
    await db.run(sql`INSERT INTO lesson_applications_locales (what_happened, _locale, _parent_id) VALUES (${fa}, 'fa', ${entry!.id})`)
    if (en) await db.run(sql`INSERT INTO lesson_applications_locales (what_happened, _locale, _parent_id) VALUES (${en}, 'en', ${entry!.id})`)
  }
  // The entries' words are the lessons' search facts now: each lesson is indexed again.
  for (const lesson of new Set(rows.map((row) => String(row.lesson)))) {
    await payload.jobs.queue({ task: 'syncSearch', input: { collection: 'lessons', id: lesson }, queue: 'search', req } as never)
  }
}

/** The entries stay: the schema migration's down brings the array back, empty. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
