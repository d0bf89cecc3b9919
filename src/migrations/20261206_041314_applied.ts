import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`lesson_applications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organization_id\` integer,
  	\`lesson_id\` integer NOT NULL,
  	\`applied_on\` text NOT NULL,
  	\`result\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lesson_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`lesson_applications_organization_idx\` ON \`lesson_applications\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`lesson_applications_lesson_idx\` ON \`lesson_applications\` (\`lesson_id\`);`)
  await db.run(sql`CREATE INDEX \`lesson_applications_applied_on_idx\` ON \`lesson_applications\` (\`applied_on\`);`)
  await db.run(sql`CREATE INDEX \`lesson_applications_updated_at_idx\` ON \`lesson_applications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`lesson_applications_created_at_idx\` ON \`lesson_applications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`lesson_applications_locales\` (
  	\`what_happened\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`lesson_applications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`lesson_applications_locales_locale_parent_id_unique\` ON \`lesson_applications_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`curricula_rels\` ADD \`lessons_id\` integer REFERENCES lessons(id);`)
  await db.run(sql`CREATE INDEX \`curricula_rels_lessons_id_idx\` ON \`curricula_rels\` (\`lessons_id\`);`)
  await db.run(sql`ALTER TABLE \`_curricula_v_rels\` ADD \`lessons_id\` integer REFERENCES lessons(id);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_lessons_id_idx\` ON \`_curricula_v_rels\` (\`lessons_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`lesson_applications_id\` integer REFERENCES lesson_applications(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lesson_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`lesson_applications_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`lesson_applications\`;`)
  await db.run(sql`DROP TABLE \`lesson_applications_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_curricula_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`target_groups_id\` integer,
  	\`process_stages_id\` integer,
  	\`topics_id\` integer,
  	\`media_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`target_groups_id\`) REFERENCES \`target_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`process_stages_id\`) REFERENCES \`process_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_curricula_rels\`("id", "order", "parent_id", "path", "target_groups_id", "process_stages_id", "topics_id", "media_id", "provinces_id") SELECT "id", "order", "parent_id", "path", "target_groups_id", "process_stages_id", "topics_id", "media_id", "provinces_id" FROM \`curricula_rels\`;`)
  await db.run(sql`DROP TABLE \`curricula_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_curricula_rels\` RENAME TO \`curricula_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`curricula_rels_order_idx\` ON \`curricula_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`curricula_rels_parent_idx\` ON \`curricula_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_rels_path_idx\` ON \`curricula_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`curricula_rels_target_groups_id_idx\` ON \`curricula_rels\` (\`target_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_rels_process_stages_id_idx\` ON \`curricula_rels\` (\`process_stages_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_rels_topics_id_idx\` ON \`curricula_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_rels_media_id_idx\` ON \`curricula_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_rels_provinces_id_idx\` ON \`curricula_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__curricula_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`target_groups_id\` integer,
  	\`process_stages_id\` integer,
  	\`topics_id\` integer,
  	\`media_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_curricula_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`target_groups_id\`) REFERENCES \`target_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`process_stages_id\`) REFERENCES \`process_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__curricula_v_rels\`("id", "order", "parent_id", "path", "target_groups_id", "process_stages_id", "topics_id", "media_id", "provinces_id") SELECT "id", "order", "parent_id", "path", "target_groups_id", "process_stages_id", "topics_id", "media_id", "provinces_id" FROM \`_curricula_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_curricula_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__curricula_v_rels\` RENAME TO \`_curricula_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_order_idx\` ON \`_curricula_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_parent_idx\` ON \`_curricula_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_path_idx\` ON \`_curricula_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_target_groups_id_idx\` ON \`_curricula_v_rels\` (\`target_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_process_stages_id_idx\` ON \`_curricula_v_rels\` (\`process_stages_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_topics_id_idx\` ON \`_curricula_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_media_id_idx\` ON \`_curricula_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_provinces_id_idx\` ON \`_curricula_v_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`case_studies_id\` integer,
  	\`lessons_id\` integer,
  	\`best_practices_id\` integer,
  	\`curricula_id\` integer,
  	\`media_id\` integer,
  	\`organizations_id\` integer,
  	\`users_id\` integer,
  	\`provinces_id\` integer,
  	\`topics_id\` integer,
  	\`target_groups_id\` integer,
  	\`process_stages_id\` integer,
  	\`funding_instruments_id\` integer,
  	\`review_events_id\` integer,
  	\`download_events_id\` integer,
  	\`content_changes_id\` integer,
  	\`sign_in_attempts_id\` integer,
  	\`mail_messages_id\` integer,
  	\`subscriptions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_studies_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`best_practices_id\`) REFERENCES \`best_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`curricula_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`target_groups_id\`) REFERENCES \`target_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`process_stages_id\`) REFERENCES \`process_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`funding_instruments_id\`) REFERENCES \`funding_instruments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_events_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`download_events_id\`) REFERENCES \`download_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`content_changes_id\`) REFERENCES \`content_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sign_in_attempts_id\`) REFERENCES \`sign_in_attempts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mail_messages_id\`) REFERENCES \`mail_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscriptions_id\`) REFERENCES \`subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "case_studies_id", "lessons_id", "best_practices_id", "curricula_id", "media_id", "organizations_id", "users_id", "provinces_id", "topics_id", "target_groups_id", "process_stages_id", "funding_instruments_id", "review_events_id", "download_events_id", "content_changes_id", "sign_in_attempts_id", "mail_messages_id", "subscriptions_id") SELECT "id", "order", "parent_id", "path", "case_studies_id", "lessons_id", "best_practices_id", "curricula_id", "media_id", "organizations_id", "users_id", "provinces_id", "topics_id", "target_groups_id", "process_stages_id", "funding_instruments_id", "review_events_id", "download_events_id", "content_changes_id", "sign_in_attempts_id", "mail_messages_id", "subscriptions_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_studies_id_idx\` ON \`payload_locked_documents_rels\` (\`case_studies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lessons_id_idx\` ON \`payload_locked_documents_rels\` (\`lessons_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_best_practices_id_idx\` ON \`payload_locked_documents_rels\` (\`best_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_curricula_id_idx\` ON \`payload_locked_documents_rels\` (\`curricula_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_provinces_id_idx\` ON \`payload_locked_documents_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_target_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`target_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_process_stages_id_idx\` ON \`payload_locked_documents_rels\` (\`process_stages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_funding_instruments_id_idx\` ON \`payload_locked_documents_rels\` (\`funding_instruments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_events_id_idx\` ON \`payload_locked_documents_rels\` (\`review_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_download_events_id_idx\` ON \`payload_locked_documents_rels\` (\`download_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_content_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`content_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sign_in_attempts_id_idx\` ON \`payload_locked_documents_rels\` (\`sign_in_attempts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`subscriptions_id\`);`)
}
