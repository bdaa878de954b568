import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`networks_members_member_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`networks_members_member_types_order_idx\` ON \`networks_members_member_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`networks_members_member_types_parent_idx\` ON \`networks_members_member_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`networks_formats\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`networks_formats_order_idx\` ON \`networks_formats\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`networks_formats_parent_idx\` ON \`networks_formats\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`networks_websites\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`networks_websites_order_idx\` ON \`networks_websites\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`networks_websites_parent_id_idx\` ON \`networks_websites\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`networks\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`acronym\` text,
  	\`slug\` text,
  	\`category\` text,
  	\`founding_initiative\` text,
  	\`founding_subtype\` text,
  	\`founded_year\` numeric,
  	\`runtime_kind\` text DEFAULT 'unknown',
  	\`runtime_end_year\` numeric,
  	\`members_member_count\` numeric,
  	\`members_country_count\` numeric,
  	\`geographic_scope\` text,
  	\`contact_email\` text,
  	\`info_as_of\` text,
  	\`logo_id\` text(36),
  	\`reviewed_at\` text,
  	\`reviewed_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`networks_slug_idx\` ON \`networks\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`networks_logo_idx\` ON \`networks\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`networks_reviewed_by_idx\` ON \`networks\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`networks_updated_at_idx\` ON \`networks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`networks_created_at_idx\` ON \`networks\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`networks__status_idx\` ON \`networks\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`networks_locales\` (
  	\`name\` text,
  	\`typology_note\` text,
  	\`founded_note\` text,
  	\`initiators\` text,
  	\`carriers\` text,
  	\`funding\` text,
  	\`goals\` text,
  	\`focus\` text,
  	\`members_summary\` text,
  	\`results\` text,
  	\`source_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`networks_locales_locale_parent_id_unique\` ON \`networks_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`networks_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`networks_texts_order_parent\` ON \`networks_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`networks_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`municipalities_id\` text(36),
  	\`topics_id\` text(36),
  	\`networks_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`municipalities_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`networks_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`networks_rels_order_idx\` ON \`networks_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`networks_rels_parent_idx\` ON \`networks_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`networks_rels_path_idx\` ON \`networks_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`networks_rels_municipalities_id_idx\` ON \`networks_rels\` (\`municipalities_id\`);`)
  await db.run(sql`CREATE INDEX \`networks_rels_topics_id_idx\` ON \`networks_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`networks_rels_networks_id_idx\` ON \`networks_rels\` (\`networks_id\`);`)
  await db.run(sql`CREATE TABLE \`_networks_v_version_members_member_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_networks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_networks_v_version_members_member_types_order_idx\` ON \`_networks_v_version_members_member_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_networks_v_version_members_member_types_parent_idx\` ON \`_networks_v_version_members_member_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_networks_v_version_formats\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_networks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_networks_v_version_formats_order_idx\` ON \`_networks_v_version_formats\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_networks_v_version_formats_parent_idx\` ON \`_networks_v_version_formats\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_networks_v_version_websites\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_networks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_networks_v_version_websites_order_idx\` ON \`_networks_v_version_websites\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_networks_v_version_websites_parent_id_idx\` ON \`_networks_v_version_websites\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_networks_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_acronym\` text,
  	\`version_slug\` text,
  	\`version_category\` text,
  	\`version_founding_initiative\` text,
  	\`version_founding_subtype\` text,
  	\`version_founded_year\` numeric,
  	\`version_runtime_kind\` text DEFAULT 'unknown',
  	\`version_runtime_end_year\` numeric,
  	\`version_members_member_count\` numeric,
  	\`version_members_country_count\` numeric,
  	\`version_geographic_scope\` text,
  	\`version_contact_email\` text,
  	\`version_info_as_of\` text,
  	\`version_logo_id\` text(36),
  	\`version_reviewed_at\` text,
  	\`version_reviewed_by_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_networks_v_parent_idx\` ON \`_networks_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_networks_v_version_version_slug_idx\` ON \`_networks_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_networks_v_version_version_logo_idx\` ON \`_networks_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_networks_v_version_version_reviewed_by_idx\` ON \`_networks_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_networks_v_version_version_updated_at_idx\` ON \`_networks_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_networks_v_version_version_created_at_idx\` ON \`_networks_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_networks_v_version_version__status_idx\` ON \`_networks_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_networks_v_created_at_idx\` ON \`_networks_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_networks_v_updated_at_idx\` ON \`_networks_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_networks_v_snapshot_idx\` ON \`_networks_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_networks_v_published_locale_idx\` ON \`_networks_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_networks_v_latest_idx\` ON \`_networks_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_networks_v_locales\` (
  	\`version_name\` text,
  	\`version_typology_note\` text,
  	\`version_founded_note\` text,
  	\`version_initiators\` text,
  	\`version_carriers\` text,
  	\`version_funding\` text,
  	\`version_goals\` text,
  	\`version_focus\` text,
  	\`version_members_summary\` text,
  	\`version_results\` text,
  	\`version_source_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_networks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_networks_v_locales_locale_parent_id_unique\` ON \`_networks_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_networks_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_networks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_networks_v_texts_order_parent\` ON \`_networks_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_networks_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`municipalities_id\` text(36),
  	\`topics_id\` text(36),
  	\`networks_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_networks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`municipalities_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`networks_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_networks_v_rels_order_idx\` ON \`_networks_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_networks_v_rels_parent_idx\` ON \`_networks_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_networks_v_rels_path_idx\` ON \`_networks_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_networks_v_rels_municipalities_id_idx\` ON \`_networks_v_rels\` (\`municipalities_id\`);`)
  await db.run(sql`CREATE INDEX \`_networks_v_rels_topics_id_idx\` ON \`_networks_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_networks_v_rels_networks_id_idx\` ON \`_networks_v_rels\` (\`networks_id\`);`)
  await db.run(sql`CREATE TABLE \`tandems_results\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tandems\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tandems_results_order_idx\` ON \`tandems_results\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tandems_results_parent_id_idx\` ON \`tandems_results\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tandems_results_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tandems_results\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tandems_results_locales_locale_parent_id_unique\` ON \`tandems_results_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tandems_lessons\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tandems\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tandems_lessons_order_idx\` ON \`tandems_lessons\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tandems_lessons_parent_id_idx\` ON \`tandems_lessons\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tandems_lessons_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tandems_lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tandems_lessons_locales_locale_parent_id_unique\` ON \`tandems_lessons_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tandems_formats\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tandems\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tandems_formats_order_idx\` ON \`tandems_formats\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tandems_formats_parent_idx\` ON \`tandems_formats\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tandems_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`email\` text,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tandems\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tandems_contacts_order_idx\` ON \`tandems_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tandems_contacts_parent_id_idx\` ON \`tandems_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tandems_contacts_municipality_idx\` ON \`tandems_contacts\` (\`municipality_id\`);`)
  await db.run(sql`CREATE TABLE \`tandems_contacts_locales\` (
  	\`function\` text,
  	\`department\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tandems_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tandems_contacts_locales_locale_parent_id_unique\` ON \`tandems_contacts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tandems\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'tandem',
  	\`status\` text DEFAULT 'continuing',
  	\`period_from\` numeric,
  	\`period_to\` numeric,
  	\`period_approximate\` integer,
  	\`reviewed_at\` text,
  	\`reviewed_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tandems_slug_idx\` ON \`tandems\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tandems_reviewed_by_idx\` ON \`tandems\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`tandems_updated_at_idx\` ON \`tandems\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tandems_created_at_idx\` ON \`tandems\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tandems__status_idx\` ON \`tandems\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`tandems_locales\` (
  	\`title\` text,
  	\`status_reason\` text,
  	\`matching_reason\` text,
  	\`challenges\` text,
  	\`joint_projects\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tandems\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tandems_locales_locale_parent_id_unique\` ON \`tandems_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tandems_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`municipalities_id\` text(36),
  	\`topics_id\` text(36),
  	\`networks_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tandems\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`municipalities_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`networks_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tandems_rels_order_idx\` ON \`tandems_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tandems_rels_parent_idx\` ON \`tandems_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tandems_rels_path_idx\` ON \`tandems_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`tandems_rels_municipalities_id_idx\` ON \`tandems_rels\` (\`municipalities_id\`);`)
  await db.run(sql`CREATE INDEX \`tandems_rels_topics_id_idx\` ON \`tandems_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`tandems_rels_networks_id_idx\` ON \`tandems_rels\` (\`networks_id\`);`)
  await db.run(sql`CREATE TABLE \`_tandems_v_version_results\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tandems_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tandems_v_version_results_order_idx\` ON \`_tandems_v_version_results\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_tandems_v_version_results_parent_id_idx\` ON \`_tandems_v_version_results\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tandems_v_version_results_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tandems_v_version_results\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_tandems_v_version_results_locales_locale_parent_id_unique\` ON \`_tandems_v_version_results_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tandems_v_version_lessons\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tandems_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tandems_v_version_lessons_order_idx\` ON \`_tandems_v_version_lessons\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_tandems_v_version_lessons_parent_id_idx\` ON \`_tandems_v_version_lessons\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tandems_v_version_lessons_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tandems_v_version_lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_tandems_v_version_lessons_locales_locale_parent_id_unique\` ON \`_tandems_v_version_lessons_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tandems_v_version_formats\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tandems_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tandems_v_version_formats_order_idx\` ON \`_tandems_v_version_formats\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_tandems_v_version_formats_parent_idx\` ON \`_tandems_v_version_formats\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tandems_v_version_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`municipality_id\` text(36),
  	\`email\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tandems_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tandems_v_version_contacts_order_idx\` ON \`_tandems_v_version_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_tandems_v_version_contacts_parent_id_idx\` ON \`_tandems_v_version_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tandems_v_version_contacts_municipality_idx\` ON \`_tandems_v_version_contacts\` (\`municipality_id\`);`)
  await db.run(sql`CREATE TABLE \`_tandems_v_version_contacts_locales\` (
  	\`function\` text,
  	\`department\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tandems_v_version_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_tandems_v_version_contacts_locales_locale_parent_id_unique\` ON \`_tandems_v_version_contacts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tandems_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'tandem',
  	\`version_status\` text DEFAULT 'continuing',
  	\`version_period_from\` numeric,
  	\`version_period_to\` numeric,
  	\`version_period_approximate\` integer,
  	\`version_reviewed_at\` text,
  	\`version_reviewed_by_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tandems\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_tandems_v_parent_idx\` ON \`_tandems_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tandems_v_version_version_slug_idx\` ON \`_tandems_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_tandems_v_version_version_reviewed_by_idx\` ON \`_tandems_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_tandems_v_version_version_updated_at_idx\` ON \`_tandems_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tandems_v_version_version_created_at_idx\` ON \`_tandems_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tandems_v_version_version__status_idx\` ON \`_tandems_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_tandems_v_created_at_idx\` ON \`_tandems_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tandems_v_updated_at_idx\` ON \`_tandems_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tandems_v_snapshot_idx\` ON \`_tandems_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_tandems_v_published_locale_idx\` ON \`_tandems_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_tandems_v_latest_idx\` ON \`_tandems_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_tandems_v_locales\` (
  	\`version_title\` text,
  	\`version_status_reason\` text,
  	\`version_matching_reason\` text,
  	\`version_challenges\` text,
  	\`version_joint_projects\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tandems_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_tandems_v_locales_locale_parent_id_unique\` ON \`_tandems_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tandems_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`municipalities_id\` text(36),
  	\`topics_id\` text(36),
  	\`networks_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tandems_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`municipalities_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`networks_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tandems_v_rels_order_idx\` ON \`_tandems_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_tandems_v_rels_parent_idx\` ON \`_tandems_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tandems_v_rels_path_idx\` ON \`_tandems_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_tandems_v_rels_municipalities_id_idx\` ON \`_tandems_v_rels\` (\`municipalities_id\`);`)
  await db.run(sql`CREATE INDEX \`_tandems_v_rels_topics_id_idx\` ON \`_tandems_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_tandems_v_rels_networks_id_idx\` ON \`_tandems_v_rels\` (\`networks_id\`);`)
  await db.run(sql`CREATE TABLE \`municipalities\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'municipality' NOT NULL,
  	\`country\` text NOT NULL,
  	\`population\` numeric,
  	\`population_year\` numeric,
  	\`population_source\` text,
  	\`size_class\` text,
  	\`location_lat\` numeric,
  	\`location_lng\` numeric,
  	\`strategy_document_url\` text,
  	\`website\` text,
  	\`reviewed_at\` text,
  	\`reviewed_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`municipalities_slug_idx\` ON \`municipalities\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_reviewed_by_idx\` ON \`municipalities\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_updated_at_idx\` ON \`municipalities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_created_at_idx\` ON \`municipalities\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`municipalities_locales\` (
  	\`name\` text,
  	\`region\` text,
  	\`strategy_document_title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`municipalities_locales_locale_parent_id_unique\` ON \`municipalities_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text,
  	\`mode\` text,
  	\`status\` text DEFAULT 'scheduled',
  	\`start\` text,
  	\`start_tz\` text DEFAULT 'Europe/Berlin',
  	\`end\` text,
  	\`end_tz\` text DEFAULT 'Europe/Berlin',
  	\`all_day\` integer,
  	\`country\` text,
  	\`online_url\` text,
  	\`registration_url\` text,
  	\`audience\` text,
  	\`participants_count\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`events_locales\` (
  	\`title\` text,
  	\`date_note\` text,
  	\`venue\` text,
  	\`city\` text,
  	\`summary\` text,
  	\`organizer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_locales_locale_parent_id_unique\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`tandems_id\` text(36),
  	\`networks_id\` text(36),
  	\`municipalities_id\` text(36),
  	\`topics_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tandems_id\`) REFERENCES \`tandems\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`networks_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`municipalities_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_rels_order_idx\` ON \`events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_parent_idx\` ON \`events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_path_idx\` ON \`events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_tandems_id_idx\` ON \`events_rels\` (\`tandems_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_networks_id_idx\` ON \`events_rels\` (\`networks_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_municipalities_id_idx\` ON \`events_rels\` (\`municipalities_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_topics_id_idx\` ON \`events_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_mode\` text,
  	\`version_status\` text DEFAULT 'scheduled',
  	\`version_start\` text,
  	\`version_start_tz\` text DEFAULT 'Europe/Berlin',
  	\`version_end\` text,
  	\`version_end_tz\` text DEFAULT 'Europe/Berlin',
  	\`version_all_day\` integer,
  	\`version_country\` text,
  	\`version_online_url\` text,
  	\`version_registration_url\` text,
  	\`version_audience\` text,
  	\`version_participants_count\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_locales\` (
  	\`version_title\` text,
  	\`version_date_note\` text,
  	\`version_venue\` text,
  	\`version_city\` text,
  	\`version_summary\` text,
  	\`version_organizer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_locales_locale_parent_id_unique\` ON \`_events_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`tandems_id\` text(36),
  	\`networks_id\` text(36),
  	\`municipalities_id\` text(36),
  	\`topics_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tandems_id\`) REFERENCES \`tandems\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`networks_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`municipalities_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_rels_order_idx\` ON \`_events_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_parent_idx\` ON \`_events_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_path_idx\` ON \`_events_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_tandems_id_idx\` ON \`_events_v_rels\` (\`tandems_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_networks_id_idx\` ON \`_events_v_rels\` (\`networks_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_municipalities_id_idx\` ON \`_events_v_rels\` (\`municipalities_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_topics_id_idx\` ON \`_events_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`projects\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`size_class\` text,
  	\`lead_municipality_id\` text(36),
  	\`round\` numeric,
  	\`year\` numeric,
  	\`network_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`lead_municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`network_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`projects_slug_idx\` ON \`projects\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`projects_lead_municipality_idx\` ON \`projects\` (\`lead_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_network_idx\` ON \`projects\` (\`network_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_updated_at_idx\` ON \`projects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`projects_created_at_idx\` ON \`projects\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`projects_locales\` (
  	\`name\` text,
  	\`project_title\` text,
  	\`motto\` text,
  	\`state\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`projects_locales_locale_parent_id_unique\` ON \`projects_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_texts_order_parent\` ON \`projects_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`municipalities_id\` text(36),
  	\`topics_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`municipalities_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_rels_order_idx\` ON \`projects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`projects_rels_parent_idx\` ON \`projects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_rels_path_idx\` ON \`projects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`projects_rels_municipalities_id_idx\` ON \`projects_rels\` (\`municipalities_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_rels_topics_id_idx\` ON \`projects_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`topics_locales\` (
  	\`label\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_locales_locale_parent_id_unique\` ON \`topics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`alt_de\` text NOT NULL,
  	\`alt_en\` text NOT NULL,
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
  	\`sizes_large_url\` text,
  	\`sizes_large_width\` numeric,
  	\`sizes_large_height\` numeric,
  	\`sizes_large_mime_type\` text,
  	\`sizes_large_filesize\` numeric,
  	\`sizes_large_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_large_sizes_large_filename_idx\` ON \`media\` (\`sizes_large_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`credit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'editor' NOT NULL,
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
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
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
  	\`id\` text(36) PRIMARY KEY NOT NULL,
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
  	\`id\` text(36) PRIMARY KEY NOT NULL,
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
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`networks_id\` text(36),
  	\`tandems_id\` text(36),
  	\`municipalities_id\` text(36),
  	\`events_id\` text(36),
  	\`projects_id\` text(36),
  	\`topics_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`networks_id\`) REFERENCES \`networks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tandems_id\`) REFERENCES \`tandems\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`municipalities_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_networks_id_idx\` ON \`payload_locked_documents_rels\` (\`networks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tandems_id_idx\` ON \`payload_locked_documents_rels\` (\`tandems_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_municipalities_id_idx\` ON \`payload_locked_documents_rels\` (\`municipalities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
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
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
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
  await db.run(sql`DROP TABLE \`networks_members_member_types\`;`)
  await db.run(sql`DROP TABLE \`networks_formats\`;`)
  await db.run(sql`DROP TABLE \`networks_websites\`;`)
  await db.run(sql`DROP TABLE \`networks\`;`)
  await db.run(sql`DROP TABLE \`networks_locales\`;`)
  await db.run(sql`DROP TABLE \`networks_texts\`;`)
  await db.run(sql`DROP TABLE \`networks_rels\`;`)
  await db.run(sql`DROP TABLE \`_networks_v_version_members_member_types\`;`)
  await db.run(sql`DROP TABLE \`_networks_v_version_formats\`;`)
  await db.run(sql`DROP TABLE \`_networks_v_version_websites\`;`)
  await db.run(sql`DROP TABLE \`_networks_v\`;`)
  await db.run(sql`DROP TABLE \`_networks_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_networks_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_networks_v_rels\`;`)
  await db.run(sql`DROP TABLE \`tandems_results\`;`)
  await db.run(sql`DROP TABLE \`tandems_results_locales\`;`)
  await db.run(sql`DROP TABLE \`tandems_lessons\`;`)
  await db.run(sql`DROP TABLE \`tandems_lessons_locales\`;`)
  await db.run(sql`DROP TABLE \`tandems_formats\`;`)
  await db.run(sql`DROP TABLE \`tandems_contacts\`;`)
  await db.run(sql`DROP TABLE \`tandems_contacts_locales\`;`)
  await db.run(sql`DROP TABLE \`tandems\`;`)
  await db.run(sql`DROP TABLE \`tandems_locales\`;`)
  await db.run(sql`DROP TABLE \`tandems_rels\`;`)
  await db.run(sql`DROP TABLE \`_tandems_v_version_results\`;`)
  await db.run(sql`DROP TABLE \`_tandems_v_version_results_locales\`;`)
  await db.run(sql`DROP TABLE \`_tandems_v_version_lessons\`;`)
  await db.run(sql`DROP TABLE \`_tandems_v_version_lessons_locales\`;`)
  await db.run(sql`DROP TABLE \`_tandems_v_version_formats\`;`)
  await db.run(sql`DROP TABLE \`_tandems_v_version_contacts\`;`)
  await db.run(sql`DROP TABLE \`_tandems_v_version_contacts_locales\`;`)
  await db.run(sql`DROP TABLE \`_tandems_v\`;`)
  await db.run(sql`DROP TABLE \`_tandems_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_tandems_v_rels\`;`)
  await db.run(sql`DROP TABLE \`municipalities\`;`)
  await db.run(sql`DROP TABLE \`municipalities_locales\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`events_locales\`;`)
  await db.run(sql`DROP TABLE \`events_rels\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_rels\`;`)
  await db.run(sql`DROP TABLE \`projects\`;`)
  await db.run(sql`DROP TABLE \`projects_locales\`;`)
  await db.run(sql`DROP TABLE \`projects_texts\`;`)
  await db.run(sql`DROP TABLE \`projects_rels\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
