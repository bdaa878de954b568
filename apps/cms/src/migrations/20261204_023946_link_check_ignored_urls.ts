import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`networks\` ADD \`link_check_ignored_urls\` text;`)
  await db.run(sql`ALTER TABLE \`_networks_v\` ADD \`version_link_check_ignored_urls\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`link_check_ignored_urls\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`link_check_ignored_urls\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_link_check_ignored_urls\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`networks\` DROP COLUMN \`link_check_ignored_urls\`;`)
  await db.run(sql`ALTER TABLE \`_networks_v\` DROP COLUMN \`version_link_check_ignored_urls\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`link_check_ignored_urls\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`link_check_ignored_urls\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_link_check_ignored_urls\`;`)
}
