import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`networks\` ADD \`updated_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`networks\` ADD \`link_check_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`networks\` ADD \`link_check_broken_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`networks\` ADD \`link_check_results\` text;`)
  await db.run(sql`CREATE INDEX \`networks_updated_by_idx\` ON \`networks\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_networks_v\` ADD \`version_updated_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_networks_v\` ADD \`version_link_check_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`_networks_v\` ADD \`version_link_check_broken_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`_networks_v\` ADD \`version_link_check_results\` text;`)
  await db.run(sql`CREATE INDEX \`_networks_v_version_version_updated_by_idx\` ON \`_networks_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`tandems\` ADD \`updated_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`tandems_updated_by_idx\` ON \`tandems\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_tandems_v\` ADD \`version_updated_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_tandems_v_version_version_updated_by_idx\` ON \`_tandems_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`link_check_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`link_check_broken_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`link_check_results\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`updated_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`link_check_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`link_check_broken_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`link_check_results\` text;`)
  await db.run(sql`CREATE INDEX \`events_updated_by_idx\` ON \`events\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_updated_by_id\` text(36) REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_link_check_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_link_check_broken_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_link_check_results\` text;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_by_idx\` ON \`_events_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_networks\` (
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
  await db.run(sql`INSERT INTO \`__new_networks\`("id", "acronym", "slug", "category", "founding_initiative", "founding_subtype", "founded_year", "runtime_kind", "runtime_end_year", "members_member_count", "members_country_count", "geographic_scope", "contact_email", "info_as_of", "logo_id", "reviewed_at", "reviewed_by_id", "updated_at", "created_at", "_status") SELECT "id", "acronym", "slug", "category", "founding_initiative", "founding_subtype", "founded_year", "runtime_kind", "runtime_end_year", "members_member_count", "members_country_count", "geographic_scope", "contact_email", "info_as_of", "logo_id", "reviewed_at", "reviewed_by_id", "updated_at", "created_at", "_status" FROM \`networks\`;`)
  await db.run(sql`DROP TABLE \`networks\`;`)
  await db.run(sql`ALTER TABLE \`__new_networks\` RENAME TO \`networks\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`networks_slug_idx\` ON \`networks\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`networks_logo_idx\` ON \`networks\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`networks_reviewed_by_idx\` ON \`networks\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`networks_updated_at_idx\` ON \`networks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`networks_created_at_idx\` ON \`networks\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`networks__status_idx\` ON \`networks\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__networks_v\` (
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
  await db.run(sql`INSERT INTO \`__new__networks_v\`("id", "parent_id", "version_acronym", "version_slug", "version_category", "version_founding_initiative", "version_founding_subtype", "version_founded_year", "version_runtime_kind", "version_runtime_end_year", "version_members_member_count", "version_members_country_count", "version_geographic_scope", "version_contact_email", "version_info_as_of", "version_logo_id", "version_reviewed_at", "version_reviewed_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_acronym", "version_slug", "version_category", "version_founding_initiative", "version_founding_subtype", "version_founded_year", "version_runtime_kind", "version_runtime_end_year", "version_members_member_count", "version_members_country_count", "version_geographic_scope", "version_contact_email", "version_info_as_of", "version_logo_id", "version_reviewed_at", "version_reviewed_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_networks_v\`;`)
  await db.run(sql`DROP TABLE \`_networks_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__networks_v\` RENAME TO \`_networks_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_tandems\` (
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
  await db.run(sql`INSERT INTO \`__new_tandems\`("id", "slug", "kind", "status", "period_from", "period_to", "period_approximate", "reviewed_at", "reviewed_by_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "kind", "status", "period_from", "period_to", "period_approximate", "reviewed_at", "reviewed_by_id", "updated_at", "created_at", "_status" FROM \`tandems\`;`)
  await db.run(sql`DROP TABLE \`tandems\`;`)
  await db.run(sql`ALTER TABLE \`__new_tandems\` RENAME TO \`tandems\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`tandems_slug_idx\` ON \`tandems\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tandems_reviewed_by_idx\` ON \`tandems\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`tandems_updated_at_idx\` ON \`tandems\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tandems_created_at_idx\` ON \`tandems\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tandems__status_idx\` ON \`tandems\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__tandems_v\` (
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
  await db.run(sql`INSERT INTO \`__new__tandems_v\`("id", "parent_id", "version_slug", "version_kind", "version_status", "version_period_from", "version_period_to", "version_period_approximate", "version_reviewed_at", "version_reviewed_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_kind", "version_status", "version_period_from", "version_period_to", "version_period_approximate", "version_reviewed_at", "version_reviewed_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_tandems_v\`;`)
  await db.run(sql`DROP TABLE \`_tandems_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__tandems_v\` RENAME TO \`_tandems_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_events\` (
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
  await db.run(sql`INSERT INTO \`__new_events\`("id", "slug", "kind", "mode", "status", "start", "start_tz", "end", "end_tz", "all_day", "country", "online_url", "registration_url", "audience", "participants_count", "updated_at", "created_at", "_status") SELECT "id", "slug", "kind", "mode", "status", "start", "start_tz", "end", "end_tz", "all_day", "country", "online_url", "registration_url", "audience", "participants_count", "updated_at", "created_at", "_status" FROM \`events\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v\` (
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
  await db.run(sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_slug", "version_kind", "version_mode", "version_status", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_all_day", "version_country", "version_online_url", "version_registration_url", "version_audience", "version_participants_count", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_kind", "version_mode", "version_status", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_all_day", "version_country", "version_online_url", "version_registration_url", "version_audience", "version_participants_count", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
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
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`link_check_checked_at\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`link_check_broken_count\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`link_check_results\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
