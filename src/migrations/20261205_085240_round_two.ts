import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sign_in_attempts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`address\` text NOT NULL,
  	\`succeeded\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`sign_in_attempts_email_idx\` ON \`sign_in_attempts\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_attempts_address_idx\` ON \`sign_in_attempts\` (\`address\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_attempts_updated_at_idx\` ON \`sign_in_attempts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_attempts_created_at_idx\` ON \`sign_in_attempts\` (\`created_at\`);`)
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
  await db.run(sql`DROP INDEX \`media_visibility_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`readers\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`used_by\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`references\` text;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`visibility\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_download_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`curriculum_id\` integer,
  	\`code\` text,
  	\`edition\` text NOT NULL,
  	\`version\` text,
  	\`format\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`reader_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`curriculum_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reader_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  // The reader is new: downloads made before it have none (the generated copy named a column the old table lacks).
  await db.run(sql`INSERT INTO \`__new_download_events\`("id", "curriculum_id", "code", "edition", "version", "format", "locale", "reader_id", "updated_at", "created_at") SELECT "id", "curriculum_id", "code", "edition", "version", "format", "locale", NULL, "updated_at", "created_at" FROM \`download_events\`;`)
  await db.run(sql`DROP TABLE \`download_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_download_events\` RENAME TO \`download_events\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`download_events_curriculum_idx\` ON \`download_events\` (\`curriculum_id\`);`)
  await db.run(sql`CREATE INDEX \`download_events_reader_idx\` ON \`download_events\` (\`reader_id\`);`)
  await db.run(sql`CREATE INDEX \`download_events_updated_at_idx\` ON \`download_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`download_events_created_at_idx\` ON \`download_events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`curriculum_edition_idx\` ON \`download_events\` (\`curriculum_id\`,\`edition\`);`)
  await db.run(sql`ALTER TABLE \`case_studies\` ADD \`source_document_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`case_studies_source_document_idx\` ON \`case_studies\` (\`source_document_id\`);`)
  await db.run(sql`ALTER TABLE \`_case_studies_v\` ADD \`version_source_document_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version_source_document_idx\` ON \`_case_studies_v\` (\`version_source_document_id\`);`)
  await db.run(sql`ALTER TABLE \`lessons\` ADD \`source_document_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`lessons_source_document_idx\` ON \`lessons\` (\`source_document_id\`);`)
  await db.run(sql`ALTER TABLE \`_lessons_v\` ADD \`version_source_document_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version_source_document_idx\` ON \`_lessons_v\` (\`version_source_document_id\`);`)
  await db.run(sql`ALTER TABLE \`best_practices\` ADD \`source_document_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`best_practices_source_document_idx\` ON \`best_practices\` (\`source_document_id\`);`)
  await db.run(sql`ALTER TABLE \`_best_practices_v\` ADD \`version_source_document_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_version_version_source_document_idx\` ON \`_best_practices_v\` (\`version_source_document_id\`);`)
  await db.run(sql`ALTER TABLE \`curricula\` ADD \`source_document_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`curricula_source_document_idx\` ON \`curricula\` (\`source_document_id\`);`)
  await db.run(sql`ALTER TABLE \`_curricula_v\` ADD \`version_source_document_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version_source_document_idx\` ON \`_curricula_v\` (\`version_source_document_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`language\` text DEFAULT 'fa';`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notices_review_requests\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notices_sent_back\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notices_published\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notices_overdue\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notices_editions\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`notices_digests\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
  await db.run(sql`ALTER TABLE \`review_events\` ADD \`readers\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sign_in_attempts_id\` integer REFERENCES sign_in_attempts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`mail_messages_id\` integer REFERENCES mail_messages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`subscriptions_id\` integer REFERENCES subscriptions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sign_in_attempts_id_idx\` ON \`payload_locked_documents_rels\` (\`sign_in_attempts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`subscriptions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`sign_in_attempts\`;`)
  await db.run(sql`DROP TABLE \`mail_messages\`;`)
  await db.run(sql`DROP TABLE \`subscriptions\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_case_studies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organization_id\` integer,
  	\`outcome\` text,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`metrics_participants\` numeric,
  	\`metrics_completed\` numeric,
  	\`metrics_placed\` numeric,
  	\`metrics_retained3\` numeric,
  	\`metrics_retained6\` numeric,
  	\`metrics_retained12\` numeric,
  	\`metrics_income_change_percent\` numeric,
  	\`evidence_type\` text DEFAULT 'monitoring',
  	\`confidence\` numeric DEFAULT 3,
  	\`consent_confirmed\` integer DEFAULT false,
  	\`redaction_note\` text,
  	\`licence\` text DEFAULT 'CC-BY-4.0',
  	\`visibility\` text DEFAULT 'public',
  	\`workflow_state\` text DEFAULT 'draft',
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_case_studies\`("id", "organization_id", "outcome", "period_start", "period_end", "metrics_participants", "metrics_completed", "metrics_placed", "metrics_retained3", "metrics_retained6", "metrics_retained12", "metrics_income_change_percent", "evidence_type", "confidence", "consent_confirmed", "redaction_note", "licence", "visibility", "workflow_state", "created_by_id", "updated_by_id", "updated_at", "created_at", "_status") SELECT "id", "organization_id", "outcome", "period_start", "period_end", "metrics_participants", "metrics_completed", "metrics_placed", "metrics_retained3", "metrics_retained6", "metrics_retained12", "metrics_income_change_percent", "evidence_type", "confidence", "consent_confirmed", "redaction_note", "licence", "visibility", "workflow_state", "created_by_id", "updated_by_id", "updated_at", "created_at", "_status" FROM \`case_studies\`;`)
  await db.run(sql`DROP TABLE \`case_studies\`;`)
  await db.run(sql`ALTER TABLE \`__new_case_studies\` RENAME TO \`case_studies\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`case_studies_organization_idx\` ON \`case_studies\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_outcome_idx\` ON \`case_studies\` (\`outcome\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_visibility_idx\` ON \`case_studies\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_workflow_state_idx\` ON \`case_studies\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_created_by_idx\` ON \`case_studies\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_updated_by_idx\` ON \`case_studies\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_updated_at_idx\` ON \`case_studies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_created_at_idx\` ON \`case_studies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`case_studies__status_idx\` ON \`case_studies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__case_studies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_organization_id\` integer,
  	\`version_outcome\` text,
  	\`version_period_start\` text,
  	\`version_period_end\` text,
  	\`version_metrics_participants\` numeric,
  	\`version_metrics_completed\` numeric,
  	\`version_metrics_placed\` numeric,
  	\`version_metrics_retained3\` numeric,
  	\`version_metrics_retained6\` numeric,
  	\`version_metrics_retained12\` numeric,
  	\`version_metrics_income_change_percent\` numeric,
  	\`version_evidence_type\` text DEFAULT 'monitoring',
  	\`version_confidence\` numeric DEFAULT 3,
  	\`version_consent_confirmed\` integer DEFAULT false,
  	\`version_redaction_note\` text,
  	\`version_licence\` text DEFAULT 'CC-BY-4.0',
  	\`version_visibility\` text DEFAULT 'public',
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__case_studies_v\`("id", "parent_id", "version_organization_id", "version_outcome", "version_period_start", "version_period_end", "version_metrics_participants", "version_metrics_completed", "version_metrics_placed", "version_metrics_retained3", "version_metrics_retained6", "version_metrics_retained12", "version_metrics_income_change_percent", "version_evidence_type", "version_confidence", "version_consent_confirmed", "version_redaction_note", "version_licence", "version_visibility", "version_workflow_state", "version_created_by_id", "version_updated_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_organization_id", "version_outcome", "version_period_start", "version_period_end", "version_metrics_participants", "version_metrics_completed", "version_metrics_placed", "version_metrics_retained3", "version_metrics_retained6", "version_metrics_retained12", "version_metrics_income_change_percent", "version_evidence_type", "version_confidence", "version_consent_confirmed", "version_redaction_note", "version_licence", "version_visibility", "version_workflow_state", "version_created_by_id", "version_updated_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_case_studies_v\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__case_studies_v\` RENAME TO \`_case_studies_v\`;`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_parent_idx\` ON \`_case_studies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version_organization_idx\` ON \`_case_studies_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version_outcome_idx\` ON \`_case_studies_v\` (\`version_outcome\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version_visibility_idx\` ON \`_case_studies_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version_workflow_state_idx\` ON \`_case_studies_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version_created_by_idx\` ON \`_case_studies_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version_updated_by_idx\` ON \`_case_studies_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version_updated_at_idx\` ON \`_case_studies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version_created_at_idx\` ON \`_case_studies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_version_version__status_idx\` ON \`_case_studies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_created_at_idx\` ON \`_case_studies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_updated_at_idx\` ON \`_case_studies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_snapshot_idx\` ON \`_case_studies_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_published_locale_idx\` ON \`_case_studies_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_latest_idx\` ON \`_case_studies_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_autosave_idx\` ON \`_case_studies_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_lessons\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organization_id\` integer,
  	\`root_cause\` text,
  	\`next_review_date\` text,
  	\`licence\` text DEFAULT 'CC-BY-4.0',
  	\`visibility\` text DEFAULT 'public',
  	\`workflow_state\` text DEFAULT 'draft',
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_lessons\`("id", "organization_id", "root_cause", "next_review_date", "licence", "visibility", "workflow_state", "created_by_id", "updated_by_id", "updated_at", "created_at", "_status") SELECT "id", "organization_id", "root_cause", "next_review_date", "licence", "visibility", "workflow_state", "created_by_id", "updated_by_id", "updated_at", "created_at", "_status" FROM \`lessons\`;`)
  await db.run(sql`DROP TABLE \`lessons\`;`)
  await db.run(sql`ALTER TABLE \`__new_lessons\` RENAME TO \`lessons\`;`)
  await db.run(sql`CREATE INDEX \`lessons_organization_idx\` ON \`lessons\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_root_cause_idx\` ON \`lessons\` (\`root_cause\`);`)
  await db.run(sql`CREATE INDEX \`lessons_next_review_date_idx\` ON \`lessons\` (\`next_review_date\`);`)
  await db.run(sql`CREATE INDEX \`lessons_visibility_idx\` ON \`lessons\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`lessons_workflow_state_idx\` ON \`lessons\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`lessons_created_by_idx\` ON \`lessons\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_updated_by_idx\` ON \`lessons\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_updated_at_idx\` ON \`lessons\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`lessons_created_at_idx\` ON \`lessons\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`lessons__status_idx\` ON \`lessons\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__lessons_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_organization_id\` integer,
  	\`version_root_cause\` text,
  	\`version_next_review_date\` text,
  	\`version_licence\` text DEFAULT 'CC-BY-4.0',
  	\`version_visibility\` text DEFAULT 'public',
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__lessons_v\`("id", "parent_id", "version_organization_id", "version_root_cause", "version_next_review_date", "version_licence", "version_visibility", "version_workflow_state", "version_created_by_id", "version_updated_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_organization_id", "version_root_cause", "version_next_review_date", "version_licence", "version_visibility", "version_workflow_state", "version_created_by_id", "version_updated_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_lessons_v\`;`)
  await db.run(sql`DROP TABLE \`_lessons_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__lessons_v\` RENAME TO \`_lessons_v\`;`)
  await db.run(sql`CREATE INDEX \`_lessons_v_parent_idx\` ON \`_lessons_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version_organization_idx\` ON \`_lessons_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version_root_cause_idx\` ON \`_lessons_v\` (\`version_root_cause\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version_next_review_date_idx\` ON \`_lessons_v\` (\`version_next_review_date\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version_visibility_idx\` ON \`_lessons_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version_workflow_state_idx\` ON \`_lessons_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version_created_by_idx\` ON \`_lessons_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version_updated_by_idx\` ON \`_lessons_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version_updated_at_idx\` ON \`_lessons_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version_created_at_idx\` ON \`_lessons_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version__status_idx\` ON \`_lessons_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_created_at_idx\` ON \`_lessons_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_updated_at_idx\` ON \`_lessons_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_snapshot_idx\` ON \`_lessons_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_published_locale_idx\` ON \`_lessons_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_latest_idx\` ON \`_lessons_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_autosave_idx\` ON \`_lessons_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_best_practices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organization_id\` integer,
  	\`contact_name\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`licence\` text DEFAULT 'CC-BY-4.0',
  	\`visibility\` text DEFAULT 'public',
  	\`workflow_state\` text DEFAULT 'draft',
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_best_practices\`("id", "organization_id", "contact_name", "contact_email", "contact_phone", "licence", "visibility", "workflow_state", "created_by_id", "updated_by_id", "updated_at", "created_at", "_status") SELECT "id", "organization_id", "contact_name", "contact_email", "contact_phone", "licence", "visibility", "workflow_state", "created_by_id", "updated_by_id", "updated_at", "created_at", "_status" FROM \`best_practices\`;`)
  await db.run(sql`DROP TABLE \`best_practices\`;`)
  await db.run(sql`ALTER TABLE \`__new_best_practices\` RENAME TO \`best_practices\`;`)
  await db.run(sql`CREATE INDEX \`best_practices_organization_idx\` ON \`best_practices\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`best_practices_visibility_idx\` ON \`best_practices\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`best_practices_workflow_state_idx\` ON \`best_practices\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`best_practices_created_by_idx\` ON \`best_practices\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`best_practices_updated_by_idx\` ON \`best_practices\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`best_practices_updated_at_idx\` ON \`best_practices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`best_practices_created_at_idx\` ON \`best_practices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`best_practices__status_idx\` ON \`best_practices\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__best_practices_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_organization_id\` integer,
  	\`version_contact_name\` text,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_licence\` text DEFAULT 'CC-BY-4.0',
  	\`version_visibility\` text DEFAULT 'public',
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`best_practices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__best_practices_v\`("id", "parent_id", "version_organization_id", "version_contact_name", "version_contact_email", "version_contact_phone", "version_licence", "version_visibility", "version_workflow_state", "version_created_by_id", "version_updated_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_organization_id", "version_contact_name", "version_contact_email", "version_contact_phone", "version_licence", "version_visibility", "version_workflow_state", "version_created_by_id", "version_updated_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_best_practices_v\`;`)
  await db.run(sql`DROP TABLE \`_best_practices_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__best_practices_v\` RENAME TO \`_best_practices_v\`;`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_parent_idx\` ON \`_best_practices_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_version_version_organization_idx\` ON \`_best_practices_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_version_version_visibility_idx\` ON \`_best_practices_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_version_version_workflow_state_idx\` ON \`_best_practices_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_version_version_created_by_idx\` ON \`_best_practices_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_version_version_updated_by_idx\` ON \`_best_practices_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_version_version_updated_at_idx\` ON \`_best_practices_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_version_version_created_at_idx\` ON \`_best_practices_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_version_version__status_idx\` ON \`_best_practices_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_created_at_idx\` ON \`_best_practices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_updated_at_idx\` ON \`_best_practices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_snapshot_idx\` ON \`_best_practices_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_published_locale_idx\` ON \`_best_practices_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_latest_idx\` ON \`_best_practices_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_autosave_idx\` ON \`_best_practices_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_curricula\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organization_id\` integer,
  	\`code\` text,
  	\`edition\` text,
  	\`derived_from_id\` integer,
  	\`skill_type\` text,
  	\`competency_standard\` text,
  	\`hours_theory\` numeric,
  	\`hours_practice\` numeric,
  	\`placement_kind\` text DEFAULT 'apprenticeship',
  	\`placement_months\` numeric,
  	\`placement_mentor_ratio\` numeric,
  	\`trainer_guide_id\` integer,
  	\`learner_workbook_id\` integer,
  	\`next_review_date\` text,
  	\`licence\` text DEFAULT 'CC-BY-4.0',
  	\`visibility\` text DEFAULT 'public',
  	\`workflow_state\` text DEFAULT 'draft',
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`derived_from_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`trainer_guide_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`learner_workbook_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_curricula\`("id", "organization_id", "code", "edition", "derived_from_id", "skill_type", "competency_standard", "hours_theory", "hours_practice", "placement_kind", "placement_months", "placement_mentor_ratio", "trainer_guide_id", "learner_workbook_id", "next_review_date", "licence", "visibility", "workflow_state", "created_by_id", "updated_by_id", "updated_at", "created_at", "_status") SELECT "id", "organization_id", "code", "edition", "derived_from_id", "skill_type", "competency_standard", "hours_theory", "hours_practice", "placement_kind", "placement_months", "placement_mentor_ratio", "trainer_guide_id", "learner_workbook_id", "next_review_date", "licence", "visibility", "workflow_state", "created_by_id", "updated_by_id", "updated_at", "created_at", "_status" FROM \`curricula\`;`)
  await db.run(sql`DROP TABLE \`curricula\`;`)
  await db.run(sql`ALTER TABLE \`__new_curricula\` RENAME TO \`curricula\`;`)
  await db.run(sql`CREATE INDEX \`curricula_organization_idx\` ON \`curricula\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_code_idx\` ON \`curricula\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`curricula_derived_from_idx\` ON \`curricula\` (\`derived_from_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_trainer_guide_idx\` ON \`curricula\` (\`trainer_guide_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_learner_workbook_idx\` ON \`curricula\` (\`learner_workbook_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_next_review_date_idx\` ON \`curricula\` (\`next_review_date\`);`)
  await db.run(sql`CREATE INDEX \`curricula_visibility_idx\` ON \`curricula\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`curricula_workflow_state_idx\` ON \`curricula\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`curricula_created_by_idx\` ON \`curricula\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_updated_by_idx\` ON \`curricula\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_updated_at_idx\` ON \`curricula\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`curricula_created_at_idx\` ON \`curricula\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`curricula__status_idx\` ON \`curricula\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__curricula_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_organization_id\` integer,
  	\`version_code\` text,
  	\`version_edition\` text,
  	\`version_derived_from_id\` integer,
  	\`version_skill_type\` text,
  	\`version_competency_standard\` text,
  	\`version_hours_theory\` numeric,
  	\`version_hours_practice\` numeric,
  	\`version_placement_kind\` text DEFAULT 'apprenticeship',
  	\`version_placement_months\` numeric,
  	\`version_placement_mentor_ratio\` numeric,
  	\`version_trainer_guide_id\` integer,
  	\`version_learner_workbook_id\` integer,
  	\`version_next_review_date\` text,
  	\`version_licence\` text DEFAULT 'CC-BY-4.0',
  	\`version_visibility\` text DEFAULT 'public',
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_derived_from_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_trainer_guide_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_learner_workbook_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__curricula_v\`("id", "parent_id", "version_organization_id", "version_code", "version_edition", "version_derived_from_id", "version_skill_type", "version_competency_standard", "version_hours_theory", "version_hours_practice", "version_placement_kind", "version_placement_months", "version_placement_mentor_ratio", "version_trainer_guide_id", "version_learner_workbook_id", "version_next_review_date", "version_licence", "version_visibility", "version_workflow_state", "version_created_by_id", "version_updated_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_organization_id", "version_code", "version_edition", "version_derived_from_id", "version_skill_type", "version_competency_standard", "version_hours_theory", "version_hours_practice", "version_placement_kind", "version_placement_months", "version_placement_mentor_ratio", "version_trainer_guide_id", "version_learner_workbook_id", "version_next_review_date", "version_licence", "version_visibility", "version_workflow_state", "version_created_by_id", "version_updated_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_curricula_v\`;`)
  await db.run(sql`DROP TABLE \`_curricula_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__curricula_v\` RENAME TO \`_curricula_v\`;`)
  await db.run(sql`CREATE INDEX \`_curricula_v_parent_idx\` ON \`_curricula_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version_organization_idx\` ON \`_curricula_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version_code_idx\` ON \`_curricula_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version_derived_from_idx\` ON \`_curricula_v\` (\`version_derived_from_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version_trainer_guide_idx\` ON \`_curricula_v\` (\`version_trainer_guide_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version_learner_workbook_idx\` ON \`_curricula_v\` (\`version_learner_workbook_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version_next_review_date_idx\` ON \`_curricula_v\` (\`version_next_review_date\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version_visibility_idx\` ON \`_curricula_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version_workflow_state_idx\` ON \`_curricula_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version_created_by_idx\` ON \`_curricula_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version_updated_by_idx\` ON \`_curricula_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version_updated_at_idx\` ON \`_curricula_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version_created_at_idx\` ON \`_curricula_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_version__status_idx\` ON \`_curricula_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_created_at_idx\` ON \`_curricula_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_updated_at_idx\` ON \`_curricula_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_snapshot_idx\` ON \`_curricula_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_published_locale_idx\` ON \`_curricula_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_latest_idx\` ON \`_curricula_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_autosave_idx\` ON \`_curricula_v\` (\`autosave\`);`)
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
  await db.run(sql`ALTER TABLE \`media\` ADD \`visibility\` text DEFAULT 'public' NOT NULL;`)
  await db.run(sql`CREATE INDEX \`media_visibility_idx\` ON \`media\` (\`visibility\`);`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`readers\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`used_by\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`references\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`language\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notices_review_requests\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notices_sent_back\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notices_published\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notices_overdue\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notices_editions\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`notices_digests\`;`)
  await db.run(sql`ALTER TABLE \`review_events\` DROP COLUMN \`readers\`;`)
}
