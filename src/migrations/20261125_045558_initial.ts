import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`case_studies\` (
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
  await db.run(sql`CREATE INDEX \`case_studies_organization_idx\` ON \`case_studies\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_outcome_idx\` ON \`case_studies\` (\`outcome\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_visibility_idx\` ON \`case_studies\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_workflow_state_idx\` ON \`case_studies\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_created_by_idx\` ON \`case_studies\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_updated_by_idx\` ON \`case_studies\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_updated_at_idx\` ON \`case_studies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_created_at_idx\` ON \`case_studies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`case_studies__status_idx\` ON \`case_studies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`case_studies_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`context\` text,
  	\`intervention\` text,
  	\`results\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`case_studies_locales_locale_parent_id_unique\` ON \`case_studies_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`case_studies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`provinces_id\` integer,
  	\`target_groups_id\` integer,
  	\`process_stages_id\` integer,
  	\`funding_instruments_id\` integer,
  	\`topics_id\` integer,
  	\`lessons_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`target_groups_id\`) REFERENCES \`target_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`process_stages_id\`) REFERENCES \`process_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`funding_instruments_id\`) REFERENCES \`funding_instruments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`case_studies_rels_order_idx\` ON \`case_studies_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_rels_parent_idx\` ON \`case_studies_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_rels_path_idx\` ON \`case_studies_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_rels_provinces_id_idx\` ON \`case_studies_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_rels_target_groups_id_idx\` ON \`case_studies_rels\` (\`target_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_rels_process_stages_id_idx\` ON \`case_studies_rels\` (\`process_stages_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_rels_funding_instruments_id_idx\` ON \`case_studies_rels\` (\`funding_instruments_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_rels_topics_id_idx\` ON \`case_studies_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_rels_lessons_id_idx\` ON \`case_studies_rels\` (\`lessons_id\`);`)
  await db.run(sql`CREATE INDEX \`case_studies_rels_media_id_idx\` ON \`case_studies_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_case_studies_v\` (
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
  await db.run(sql`CREATE TABLE \`_case_studies_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_context\` text,
  	\`version_intervention\` text,
  	\`version_results\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_case_studies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_case_studies_v_locales_locale_parent_id_unique\` ON \`_case_studies_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_case_studies_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`provinces_id\` integer,
  	\`target_groups_id\` integer,
  	\`process_stages_id\` integer,
  	\`funding_instruments_id\` integer,
  	\`topics_id\` integer,
  	\`lessons_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_case_studies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`target_groups_id\`) REFERENCES \`target_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`process_stages_id\`) REFERENCES \`process_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`funding_instruments_id\`) REFERENCES \`funding_instruments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_order_idx\` ON \`_case_studies_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_parent_idx\` ON \`_case_studies_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_path_idx\` ON \`_case_studies_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_provinces_id_idx\` ON \`_case_studies_v_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_target_groups_id_idx\` ON \`_case_studies_v_rels\` (\`target_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_process_stages_id_idx\` ON \`_case_studies_v_rels\` (\`process_stages_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_funding_instruments_id_idx\` ON \`_case_studies_v_rels\` (\`funding_instruments_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_topics_id_idx\` ON \`_case_studies_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_lessons_id_idx\` ON \`_case_studies_v_rels\` (\`lessons_id\`);`)
  await db.run(sql`CREATE INDEX \`_case_studies_v_rels_media_id_idx\` ON \`_case_studies_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`lessons_applied_by\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`organization_id\` integer,
  	\`date\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`lessons_applied_by_order_idx\` ON \`lessons_applied_by\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`lessons_applied_by_parent_id_idx\` ON \`lessons_applied_by\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_applied_by_organization_idx\` ON \`lessons_applied_by\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`lessons_applied_by_locales\` (
  	\`what_happened\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`lessons_applied_by\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`lessons_applied_by_locales_locale_parent_id_unique\` ON \`lessons_applied_by_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`lessons\` (
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
  await db.run(sql`CREATE TABLE \`lessons_locales\` (
  	\`title\` text,
  	\`observation\` text,
  	\`lesson\` text,
  	\`recommendation_action\` text,
  	\`recommendation_actor\` text,
  	\`applicability\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`lessons_locales_locale_parent_id_unique\` ON \`lessons_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`lessons_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`case_studies_id\` integer,
  	\`process_stages_id\` integer,
  	\`topics_id\` integer,
  	\`target_groups_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_studies_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`process_stages_id\`) REFERENCES \`process_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`target_groups_id\`) REFERENCES \`target_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`lessons_rels_order_idx\` ON \`lessons_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`lessons_rels_parent_idx\` ON \`lessons_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_rels_path_idx\` ON \`lessons_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`lessons_rels_case_studies_id_idx\` ON \`lessons_rels\` (\`case_studies_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_rels_process_stages_id_idx\` ON \`lessons_rels\` (\`process_stages_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_rels_topics_id_idx\` ON \`lessons_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_rels_target_groups_id_idx\` ON \`lessons_rels\` (\`target_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_rels_provinces_id_idx\` ON \`lessons_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`_lessons_v_version_applied_by\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organization_id\` integer,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_lessons_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_applied_by_order_idx\` ON \`_lessons_v_version_applied_by\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_applied_by_parent_id_idx\` ON \`_lessons_v_version_applied_by\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_applied_by_organization_idx\` ON \`_lessons_v_version_applied_by\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`_lessons_v_version_applied_by_locales\` (
  	\`what_happened\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_lessons_v_version_applied_by\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_lessons_v_version_applied_by_locales_locale_parent_id_uniqu\` ON \`_lessons_v_version_applied_by_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_lessons_v\` (
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
  await db.run(sql`CREATE TABLE \`_lessons_v_locales\` (
  	\`version_title\` text,
  	\`version_observation\` text,
  	\`version_lesson\` text,
  	\`version_recommendation_action\` text,
  	\`version_recommendation_actor\` text,
  	\`version_applicability\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_lessons_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_lessons_v_locales_locale_parent_id_unique\` ON \`_lessons_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_lessons_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`case_studies_id\` integer,
  	\`process_stages_id\` integer,
  	\`topics_id\` integer,
  	\`target_groups_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_lessons_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_studies_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`process_stages_id\`) REFERENCES \`process_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`target_groups_id\`) REFERENCES \`target_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_lessons_v_rels_order_idx\` ON \`_lessons_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_rels_parent_idx\` ON \`_lessons_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_rels_path_idx\` ON \`_lessons_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_rels_case_studies_id_idx\` ON \`_lessons_v_rels\` (\`case_studies_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_rels_process_stages_id_idx\` ON \`_lessons_v_rels\` (\`process_stages_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_rels_topics_id_idx\` ON \`_lessons_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_rels_target_groups_id_idx\` ON \`_lessons_v_rels\` (\`target_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_rels_provinces_id_idx\` ON \`_lessons_v_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`best_practices_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`best_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`best_practices_steps_order_idx\` ON \`best_practices_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`best_practices_steps_parent_id_idx\` ON \`best_practices_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`best_practices_steps_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`best_practices_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`best_practices_steps_locales_locale_parent_id_unique\` ON \`best_practices_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`best_practices\` (
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
  await db.run(sql`CREATE INDEX \`best_practices_organization_idx\` ON \`best_practices\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`best_practices_visibility_idx\` ON \`best_practices\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`best_practices_workflow_state_idx\` ON \`best_practices\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`best_practices_created_by_idx\` ON \`best_practices\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`best_practices_updated_by_idx\` ON \`best_practices\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`best_practices_updated_at_idx\` ON \`best_practices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`best_practices_created_at_idx\` ON \`best_practices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`best_practices__status_idx\` ON \`best_practices\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`best_practices_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`transfer_conditions\` text,
  	\`resources_needed\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`best_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`best_practices_locales_locale_parent_id_unique\` ON \`best_practices_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`best_practices_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`case_studies_id\` integer,
  	\`process_stages_id\` integer,
  	\`topics_id\` integer,
  	\`target_groups_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`best_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_studies_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`process_stages_id\`) REFERENCES \`process_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`target_groups_id\`) REFERENCES \`target_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`best_practices_rels_order_idx\` ON \`best_practices_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`best_practices_rels_parent_idx\` ON \`best_practices_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`best_practices_rels_path_idx\` ON \`best_practices_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`best_practices_rels_case_studies_id_idx\` ON \`best_practices_rels\` (\`case_studies_id\`);`)
  await db.run(sql`CREATE INDEX \`best_practices_rels_process_stages_id_idx\` ON \`best_practices_rels\` (\`process_stages_id\`);`)
  await db.run(sql`CREATE INDEX \`best_practices_rels_topics_id_idx\` ON \`best_practices_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`best_practices_rels_target_groups_id_idx\` ON \`best_practices_rels\` (\`target_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`best_practices_rels_provinces_id_idx\` ON \`best_practices_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`_best_practices_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_best_practices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_best_practices_v_version_steps_order_idx\` ON \`_best_practices_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_version_steps_parent_id_idx\` ON \`_best_practices_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_best_practices_v_version_steps_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_best_practices_v_version_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_best_practices_v_version_steps_locales_locale_parent_id_uni\` ON \`_best_practices_v_version_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_best_practices_v\` (
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
  await db.run(sql`CREATE TABLE \`_best_practices_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_transfer_conditions\` text,
  	\`version_resources_needed\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_best_practices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_best_practices_v_locales_locale_parent_id_unique\` ON \`_best_practices_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_best_practices_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`case_studies_id\` integer,
  	\`process_stages_id\` integer,
  	\`topics_id\` integer,
  	\`target_groups_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_best_practices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_studies_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`process_stages_id\`) REFERENCES \`process_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`target_groups_id\`) REFERENCES \`target_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_best_practices_v_rels_order_idx\` ON \`_best_practices_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_rels_parent_idx\` ON \`_best_practices_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_rels_path_idx\` ON \`_best_practices_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_rels_case_studies_id_idx\` ON \`_best_practices_v_rels\` (\`case_studies_id\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_rels_process_stages_id_idx\` ON \`_best_practices_v_rels\` (\`process_stages_id\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_rels_topics_id_idx\` ON \`_best_practices_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_rels_target_groups_id_idx\` ON \`_best_practices_v_rels\` (\`target_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`_best_practices_v_rels_provinces_id_idx\` ON \`_best_practices_v_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`curricula_readiness_dimensions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`curricula_readiness_dimensions_order_idx\` ON \`curricula_readiness_dimensions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`curricula_readiness_dimensions_parent_idx\` ON \`curricula_readiness_dimensions\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`curricula_modules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`hours\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`curricula_modules_order_idx\` ON \`curricula_modules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`curricula_modules_parent_id_idx\` ON \`curricula_modules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`curricula_modules_locales\` (
  	\`title\` text,
  	\`learning_outcomes\` text,
  	\`content\` text,
  	\`methods\` text,
  	\`materials\` text,
  	\`assessment\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`curricula_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`curricula_modules_locales_locale_parent_id_unique\` ON \`curricula_modules_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`curricula_placement_tasks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`curricula_placement_tasks_order_idx\` ON \`curricula_placement_tasks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`curricula_placement_tasks_parent_id_idx\` ON \`curricula_placement_tasks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`curricula_placement_tasks_locales\` (
  	\`task\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`curricula_placement_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`curricula_placement_tasks_locales_locale_parent_id_unique\` ON \`curricula_placement_tasks_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`curricula\` (
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
  await db.run(sql`CREATE TABLE \`curricula_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`changelog\` text,
  	\`entry_requirements\` text,
  	\`accessibility\` text,
  	\`trainer_qualifications\` text,
  	\`certification\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`curricula_locales_locale_parent_id_unique\` ON \`curricula_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`curricula_rels\` (
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
  await db.run(sql`CREATE INDEX \`curricula_rels_order_idx\` ON \`curricula_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`curricula_rels_parent_idx\` ON \`curricula_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_rels_path_idx\` ON \`curricula_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`curricula_rels_target_groups_id_idx\` ON \`curricula_rels\` (\`target_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_rels_process_stages_id_idx\` ON \`curricula_rels\` (\`process_stages_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_rels_topics_id_idx\` ON \`curricula_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_rels_media_id_idx\` ON \`curricula_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`curricula_rels_provinces_id_idx\` ON \`curricula_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`_curricula_v_version_readiness_dimensions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_curricula_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_readiness_dimensions_order_idx\` ON \`_curricula_v_version_readiness_dimensions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_readiness_dimensions_parent_idx\` ON \`_curricula_v_version_readiness_dimensions\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_curricula_v_version_modules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`hours\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_curricula_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_modules_order_idx\` ON \`_curricula_v_version_modules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_modules_parent_id_idx\` ON \`_curricula_v_version_modules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_curricula_v_version_modules_locales\` (
  	\`title\` text,
  	\`learning_outcomes\` text,
  	\`content\` text,
  	\`methods\` text,
  	\`materials\` text,
  	\`assessment\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_curricula_v_version_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_curricula_v_version_modules_locales_locale_parent_id_unique\` ON \`_curricula_v_version_modules_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_curricula_v_version_placement_tasks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_curricula_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_placement_tasks_order_idx\` ON \`_curricula_v_version_placement_tasks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_version_placement_tasks_parent_id_idx\` ON \`_curricula_v_version_placement_tasks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_curricula_v_version_placement_tasks_locales\` (
  	\`task\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_curricula_v_version_placement_tasks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_curricula_v_version_placement_tasks_locales_locale_parent_i\` ON \`_curricula_v_version_placement_tasks_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_curricula_v\` (
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
  await db.run(sql`CREATE TABLE \`_curricula_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_changelog\` text,
  	\`version_entry_requirements\` text,
  	\`version_accessibility\` text,
  	\`version_trainer_qualifications\` text,
  	\`version_certification\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_curricula_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_curricula_v_locales_locale_parent_id_unique\` ON \`_curricula_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_curricula_v_rels\` (
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
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_order_idx\` ON \`_curricula_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_parent_idx\` ON \`_curricula_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_path_idx\` ON \`_curricula_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_target_groups_id_idx\` ON \`_curricula_v_rels\` (\`target_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_process_stages_id_idx\` ON \`_curricula_v_rels\` (\`process_stages_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_topics_id_idx\` ON \`_curricula_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_media_id_idx\` ON \`_curricula_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_curricula_v_rels_provinces_id_idx\` ON \`_curricula_v_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organization_id\` integer,
  	\`visibility\` text DEFAULT 'public' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_organization_idx\` ON \`media\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`media_visibility_idx\` ON \`media\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text,
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organizations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`province_id\` integer NOT NULL,
  	\`registration_number\` text,
  	\`licence_number\` text,
  	\`licence_stage\` text DEFAULT 'foundingBoard' NOT NULL,
  	\`membership_status\` text DEFAULT 'applicant' NOT NULL,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`website\` text,
  	\`logo_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_slug_idx\` ON \`organizations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organizations_province_idx\` ON \`organizations\` (\`province_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_membership_status_idx\` ON \`organizations\` (\`membership_status\`);`)
  await db.run(sql`CREATE INDEX \`organizations_logo_idx\` ON \`organizations\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_updated_at_idx\` ON \`organizations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations_created_at_idx\` ON \`organizations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`organizations_locales\` (
  	\`name\` text,
  	\`city\` text,
  	\`description\` text,
  	\`contact_address\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_locales_locale_parent_id_unique\` ON \`organizations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organizations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`target_groups_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`target_groups_id\`) REFERENCES \`target_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organizations_rels_order_idx\` ON \`organizations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`organizations_rels_parent_idx\` ON \`organizations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_rels_path_idx\` ON \`organizations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`organizations_rels_topics_id_idx\` ON \`organizations_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_rels_target_groups_id_idx\` ON \`organizations_rels\` (\`target_groups_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_organizations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`organization_id\` integer NOT NULL,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_organizations_order_idx\` ON \`users_organizations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_organizations_parent_id_idx\` ON \`users_organizations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_organizations_organization_idx\` ON \`users_organizations\` (\`organization_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`full_name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_provinces_id_idx\` ON \`users_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`provinces\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`provinces_code_idx\` ON \`provinces\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`provinces_updated_at_idx\` ON \`provinces\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`provinces_created_at_idx\` ON \`provinces\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`provinces_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`provinces_locales_locale_parent_id_unique\` ON \`provinces_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`topics_breadcrumbs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`doc_id\` integer,
  	\`url\` text,
  	\`label\` text,
  	FOREIGN KEY (\`doc_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_breadcrumbs_order_idx\` ON \`topics_breadcrumbs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`topics_breadcrumbs_parent_id_idx\` ON \`topics_breadcrumbs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_breadcrumbs_locale_idx\` ON \`topics_breadcrumbs\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`topics_breadcrumbs_doc_idx\` ON \`topics_breadcrumbs\` (\`doc_id\`);`)
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`parent_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_parent_idx\` ON \`topics\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`topics_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_locales_locale_parent_id_unique\` ON \`topics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`target_groups\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`target_groups_slug_idx\` ON \`target_groups\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`target_groups_updated_at_idx\` ON \`target_groups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`target_groups_created_at_idx\` ON \`target_groups\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`target_groups_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`target_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`target_groups_locales_locale_parent_id_unique\` ON \`target_groups_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`process_stages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`order\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`process_stages_slug_idx\` ON \`process_stages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`process_stages_updated_at_idx\` ON \`process_stages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`process_stages_created_at_idx\` ON \`process_stages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`process_stages_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`process_stages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`process_stages_locales_locale_parent_id_unique\` ON \`process_stages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`funding_instruments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`funding_instruments_slug_idx\` ON \`funding_instruments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`funding_instruments_updated_at_idx\` ON \`funding_instruments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`funding_instruments_created_at_idx\` ON \`funding_instruments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`funding_instruments_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`funding_instruments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`funding_instruments_locales_locale_parent_id_unique\` ON \`funding_instruments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`review_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organization_id\` integer,
  	\`transition\` text NOT NULL,
  	\`from_state\` text,
  	\`to_state\` text NOT NULL,
  	\`actor_id\` integer,
  	\`comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_events_organization_idx\` ON \`review_events\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_actor_idx\` ON \`review_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_updated_at_idx\` ON \`review_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_events_created_at_idx\` ON \`review_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`case_studies_id\` integer,
  	\`lessons_id\` integer,
  	\`best_practices_id\` integer,
  	\`curricula_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_studies_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`best_practices_id\`) REFERENCES \`best_practices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`curricula_id\`) REFERENCES \`curricula\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`review_events_rels_order_idx\` ON \`review_events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_parent_idx\` ON \`review_events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_path_idx\` ON \`review_events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_case_studies_id_idx\` ON \`review_events_rels\` (\`case_studies_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_lessons_id_idx\` ON \`review_events_rels\` (\`lessons_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_best_practices_id_idx\` ON \`review_events_rels\` (\`best_practices_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_curricula_id_idx\` ON \`review_events_rels\` (\`curricula_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`review_events_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`case_studies\`;`)
  await db.run(sql`DROP TABLE \`case_studies_locales\`;`)
  await db.run(sql`DROP TABLE \`case_studies_rels\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_case_studies_v_rels\`;`)
  await db.run(sql`DROP TABLE \`lessons_applied_by\`;`)
  await db.run(sql`DROP TABLE \`lessons_applied_by_locales\`;`)
  await db.run(sql`DROP TABLE \`lessons\`;`)
  await db.run(sql`DROP TABLE \`lessons_locales\`;`)
  await db.run(sql`DROP TABLE \`lessons_rels\`;`)
  await db.run(sql`DROP TABLE \`_lessons_v_version_applied_by\`;`)
  await db.run(sql`DROP TABLE \`_lessons_v_version_applied_by_locales\`;`)
  await db.run(sql`DROP TABLE \`_lessons_v\`;`)
  await db.run(sql`DROP TABLE \`_lessons_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_lessons_v_rels\`;`)
  await db.run(sql`DROP TABLE \`best_practices_steps\`;`)
  await db.run(sql`DROP TABLE \`best_practices_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`best_practices\`;`)
  await db.run(sql`DROP TABLE \`best_practices_locales\`;`)
  await db.run(sql`DROP TABLE \`best_practices_rels\`;`)
  await db.run(sql`DROP TABLE \`_best_practices_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_best_practices_v_version_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`_best_practices_v\`;`)
  await db.run(sql`DROP TABLE \`_best_practices_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_best_practices_v_rels\`;`)
  await db.run(sql`DROP TABLE \`curricula_readiness_dimensions\`;`)
  await db.run(sql`DROP TABLE \`curricula_modules\`;`)
  await db.run(sql`DROP TABLE \`curricula_modules_locales\`;`)
  await db.run(sql`DROP TABLE \`curricula_placement_tasks\`;`)
  await db.run(sql`DROP TABLE \`curricula_placement_tasks_locales\`;`)
  await db.run(sql`DROP TABLE \`curricula\`;`)
  await db.run(sql`DROP TABLE \`curricula_locales\`;`)
  await db.run(sql`DROP TABLE \`curricula_rels\`;`)
  await db.run(sql`DROP TABLE \`_curricula_v_version_readiness_dimensions\`;`)
  await db.run(sql`DROP TABLE \`_curricula_v_version_modules\`;`)
  await db.run(sql`DROP TABLE \`_curricula_v_version_modules_locales\`;`)
  await db.run(sql`DROP TABLE \`_curricula_v_version_placement_tasks\`;`)
  await db.run(sql`DROP TABLE \`_curricula_v_version_placement_tasks_locales\`;`)
  await db.run(sql`DROP TABLE \`_curricula_v\`;`)
  await db.run(sql`DROP TABLE \`_curricula_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_curricula_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`organizations\`;`)
  await db.run(sql`DROP TABLE \`organizations_locales\`;`)
  await db.run(sql`DROP TABLE \`organizations_rels\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_organizations\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`provinces\`;`)
  await db.run(sql`DROP TABLE \`provinces_locales\`;`)
  await db.run(sql`DROP TABLE \`topics_breadcrumbs\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_locales\`;`)
  await db.run(sql`DROP TABLE \`target_groups\`;`)
  await db.run(sql`DROP TABLE \`target_groups_locales\`;`)
  await db.run(sql`DROP TABLE \`process_stages\`;`)
  await db.run(sql`DROP TABLE \`process_stages_locales\`;`)
  await db.run(sql`DROP TABLE \`funding_instruments\`;`)
  await db.run(sql`DROP TABLE \`funding_instruments_locales\`;`)
  await db.run(sql`DROP TABLE \`review_events\`;`)
  await db.run(sql`DROP TABLE \`review_events_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
