import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
}
