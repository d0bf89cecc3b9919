import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`lessons_applied_by\`;`)
  await db.run(sql`DROP TABLE \`lessons_applied_by_locales\`;`)
  await db.run(sql`DROP TABLE \`_lessons_v_version_applied_by\`;`)
  await db.run(sql`DROP TABLE \`_lessons_v_version_applied_by_locales\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
}
