import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`offers_and_needs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organization_id\` integer,
  	\`direction\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`contact_person\` text NOT NULL,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`expires_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`offers_and_needs_organization_idx\` ON \`offers_and_needs\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`offers_and_needs_direction_idx\` ON \`offers_and_needs\` (\`direction\`);`)
  await db.run(sql`CREATE INDEX \`offers_and_needs_kind_idx\` ON \`offers_and_needs\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`offers_and_needs_status_idx\` ON \`offers_and_needs\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`offers_and_needs_expires_at_idx\` ON \`offers_and_needs\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`offers_and_needs_updated_at_idx\` ON \`offers_and_needs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`offers_and_needs_created_at_idx\` ON \`offers_and_needs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`offers_and_needs_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`quantity\` text,
  	\`closing_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`offers_and_needs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`offers_and_needs_locales_locale_parent_id_unique\` ON \`offers_and_needs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`offers_and_needs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`provinces_id\` integer,
  	\`target_groups_id\` integer,
  	\`process_stages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`offers_and_needs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`target_groups_id\`) REFERENCES \`target_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`process_stages_id\`) REFERENCES \`process_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`offers_and_needs_rels_order_idx\` ON \`offers_and_needs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`offers_and_needs_rels_parent_idx\` ON \`offers_and_needs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`offers_and_needs_rels_path_idx\` ON \`offers_and_needs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`offers_and_needs_rels_provinces_id_idx\` ON \`offers_and_needs_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE INDEX \`offers_and_needs_rels_target_groups_id_idx\` ON \`offers_and_needs_rels\` (\`target_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`offers_and_needs_rels_process_stages_id_idx\` ON \`offers_and_needs_rels\` (\`process_stages_id\`);`)
  await db.run(sql`CREATE TABLE \`exchange_answers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`item_id\` integer NOT NULL,
  	\`organization_id\` integer NOT NULL,
  	\`from_organization_id\` integer NOT NULL,
  	\`author_id\` integer NOT NULL,
  	\`message\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`item_id\`) REFERENCES \`offers_and_needs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`from_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`exchange_answers_item_idx\` ON \`exchange_answers\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`exchange_answers_organization_idx\` ON \`exchange_answers\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`exchange_answers_from_organization_idx\` ON \`exchange_answers\` (\`from_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`exchange_answers_author_idx\` ON \`exchange_answers\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`exchange_answers_updated_at_idx\` ON \`exchange_answers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`exchange_answers_created_at_idx\` ON \`exchange_answers\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notices_exchange\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`offers_and_needs_id\` integer REFERENCES offers_and_needs(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`exchange_answers_id\` integer REFERENCES exchange_answers(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_offers_and_needs_id_idx\` ON \`payload_locked_documents_rels\` (\`offers_and_needs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exchange_answers_id_idx\` ON \`payload_locked_documents_rels\` (\`exchange_answers_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`offers_and_needs\`;`)
  await db.run(sql`DROP TABLE \`offers_and_needs_locales\`;`)
  await db.run(sql`DROP TABLE \`offers_and_needs_rels\`;`)
  await db.run(sql`DROP TABLE \`exchange_answers\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`case_studies_id\` integer,
  	\`lessons_id\` integer,
  	\`lesson_applications_id\` integer,
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
  	FOREIGN KEY (\`lesson_applications_id\`) REFERENCES \`lesson_applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "case_studies_id", "lessons_id", "lesson_applications_id", "best_practices_id", "curricula_id", "media_id", "organizations_id", "users_id", "provinces_id", "topics_id", "target_groups_id", "process_stages_id", "funding_instruments_id", "review_events_id", "download_events_id", "content_changes_id", "sign_in_attempts_id", "mail_messages_id", "subscriptions_id") SELECT "id", "order", "parent_id", "path", "case_studies_id", "lessons_id", "lesson_applications_id", "best_practices_id", "curricula_id", "media_id", "organizations_id", "users_id", "provinces_id", "topics_id", "target_groups_id", "process_stages_id", "funding_instruments_id", "review_events_id", "download_events_id", "content_changes_id", "sign_in_attempts_id", "mail_messages_id", "subscriptions_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_studies_id_idx\` ON \`payload_locked_documents_rels\` (\`case_studies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lessons_id_idx\` ON \`payload_locked_documents_rels\` (\`lessons_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lesson_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`lesson_applications_id\`);`)
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
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notices_exchange\`;`)
}
