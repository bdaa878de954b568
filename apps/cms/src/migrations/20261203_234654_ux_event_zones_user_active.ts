import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text,
  	\`mode\` text,
  	\`status\` text DEFAULT 'scheduled',
  	\`start\` text,
  	\`start_tz\` text DEFAULT 'Europe/Berlin',
  	\`end\` text,
  	\`end_tz\` text,
  	\`all_day\` integer,
  	\`country\` text,
  	\`online_url\` text,
  	\`registration_url\` text,
  	\`audience\` text,
  	\`participants_count\` numeric,
  	\`updated_by_id\` text(36),
  	\`link_check_checked_at\` text,
  	\`link_check_broken_count\` numeric,
  	\`link_check_results\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events\`("id", "slug", "kind", "mode", "status", "start", "start_tz", "end", "end_tz", "all_day", "country", "online_url", "registration_url", "audience", "participants_count", "updated_by_id", "link_check_checked_at", "link_check_broken_count", "link_check_results", "updated_at", "created_at", "_status") SELECT "id", "slug", "kind", "mode", "status", "start", "start_tz", "end", "end_tz", "all_day", "country", "online_url", "registration_url", "audience", "participants_count", "updated_by_id", "link_check_checked_at", "link_check_broken_count", "link_check_results", "updated_at", "created_at", "_status" FROM \`events\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_by_idx\` ON \`events\` (\`updated_by_id\`);`)
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
  	\`version_end_tz\` text,
  	\`version_all_day\` integer,
  	\`version_country\` text,
  	\`version_online_url\` text,
  	\`version_registration_url\` text,
  	\`version_audience\` text,
  	\`version_participants_count\` numeric,
  	\`version_updated_by_id\` text(36),
  	\`version_link_check_checked_at\` text,
  	\`version_link_check_broken_count\` numeric,
  	\`version_link_check_results\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_slug", "version_kind", "version_mode", "version_status", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_all_day", "version_country", "version_online_url", "version_registration_url", "version_audience", "version_participants_count", "version_updated_by_id", "version_link_check_checked_at", "version_link_check_broken_count", "version_link_check_results", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_kind", "version_mode", "version_status", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_all_day", "version_country", "version_online_url", "version_registration_url", "version_audience", "version_participants_count", "version_updated_by_id", "version_link_check_checked_at", "version_link_check_broken_count", "version_link_check_results", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_by_idx\` ON \`_events_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`active\` integer DEFAULT true;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`updated_by_id\` text(36),
  	\`link_check_checked_at\` text,
  	\`link_check_broken_count\` numeric,
  	\`link_check_results\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events\`("id", "slug", "kind", "mode", "status", "start", "start_tz", "end", "end_tz", "all_day", "country", "online_url", "registration_url", "audience", "participants_count", "updated_by_id", "link_check_checked_at", "link_check_broken_count", "link_check_results", "updated_at", "created_at", "_status") SELECT "id", "slug", "kind", "mode", "status", "start", "start_tz", "end", "end_tz", "all_day", "country", "online_url", "registration_url", "audience", "participants_count", "updated_by_id", "link_check_checked_at", "link_check_broken_count", "link_check_results", "updated_at", "created_at", "_status" FROM \`events\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_by_idx\` ON \`events\` (\`updated_by_id\`);`)
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
  	\`version_updated_by_id\` text(36),
  	\`version_link_check_checked_at\` text,
  	\`version_link_check_broken_count\` numeric,
  	\`version_link_check_results\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_slug", "version_kind", "version_mode", "version_status", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_all_day", "version_country", "version_online_url", "version_registration_url", "version_audience", "version_participants_count", "version_updated_by_id", "version_link_check_checked_at", "version_link_check_broken_count", "version_link_check_results", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_kind", "version_mode", "version_status", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_all_day", "version_country", "version_online_url", "version_registration_url", "version_audience", "version_participants_count", "version_updated_by_id", "version_link_check_checked_at", "version_link_check_broken_count", "version_link_check_results", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_by_idx\` ON \`_events_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`active\`;`)
}
