import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`mail_messages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`to\` text NOT NULL,
  	\`recipient_id\` integer,
  	\`kind\` text NOT NULL,
  	\`about\` text,
  	\`language\` text DEFAULT 'fa' NOT NULL,
  	\`subject\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`html\` text NOT NULL,
  	\`headers\` text,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`error\` text,
  	\`delivered_at\` text,
  	\`via\` text,
  	\`outbox_file\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`mail_messages_to_idx\` ON \`mail_messages\` (\`to\`);`)
  await db.run(sql`CREATE INDEX \`mail_messages_recipient_idx\` ON \`mail_messages\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_messages_kind_idx\` ON \`mail_messages\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`mail_messages_about_idx\` ON \`mail_messages\` (\`about\`);`)
  await db.run(sql`CREATE INDEX \`mail_messages_status_idx\` ON \`mail_messages\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`mail_messages_updated_at_idx\` ON \`mail_messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mail_messages_created_at_idx\` ON \`mail_messages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`subscriptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subscriber_id\` integer NOT NULL,
  	\`label\` text NOT NULL,
  	\`query\` text NOT NULL,
  	\`locale\` text DEFAULT 'fa' NOT NULL,
  	\`frequency\` text DEFAULT 'weekly' NOT NULL,
  	\`last_sent_at\` text,
  	\`sent\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`subscriber_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`subscriptions_subscriber_idx\` ON \`subscriptions\` (\`subscriber_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_updated_at_idx\` ON \`subscriptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_created_at_idx\` ON \`subscriptions\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`language\` text DEFAULT 'fa';`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notices_review_requests\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notices_sent_back\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notices_published\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notices_overdue\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notices_editions\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notices_digests\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`download_events\` ADD \`reader_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`download_events_reader_idx\` ON \`download_events\` (\`reader_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`mail_messages_id\` integer REFERENCES mail_messages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`subscriptions_id\` integer REFERENCES subscriptions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`subscriptions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`mail_messages\`;`)
  await db.run(sql`DROP TABLE \`subscriptions\`;`)
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
  	FOREIGN KEY (\`content_changes_id\`) REFERENCES \`content_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "case_studies_id", "lessons_id", "best_practices_id", "curricula_id", "media_id", "organizations_id", "users_id", "provinces_id", "topics_id", "target_groups_id", "process_stages_id", "funding_instruments_id", "review_events_id", "download_events_id", "content_changes_id") SELECT "id", "order", "parent_id", "path", "case_studies_id", "lessons_id", "best_practices_id", "curricula_id", "media_id", "organizations_id", "users_id", "provinces_id", "topics_id", "target_groups_id", "process_stages_id", "funding_instruments_id", "review_events_id", "download_events_id", "content_changes_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`language\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notices_review_requests\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notices_sent_back\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notices_published\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notices_overdue\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notices_editions\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notices_digests\`;`)
}
