import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { refreshComputedData } from './data/refreshComputedData'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`networks\` ADD \`german_from_english\` text;`)
  await db.run(sql`ALTER TABLE \`_networks_v\` ADD \`version_german_from_english\` text;`)
  await db.run(sql`ALTER TABLE \`tandems\` ADD \`german_from_english\` text;`)
  await db.run(sql`ALTER TABLE \`_tandems_v\` ADD \`version_german_from_english\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`german_from_english\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`german_from_english\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_german_from_english\` text;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`decision_record_id\` text;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`decision_versions\` text;`)
  await db.run(sql`CREATE INDEX \`proposals_decision_decision_record_id_idx\` ON \`proposals\` (\`decision_record_id\`);`)
  await refreshComputedData(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`proposals_decision_decision_record_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`proposals\` DROP COLUMN \`decision_record_id\`;`)
  await db.run(sql`ALTER TABLE \`proposals\` DROP COLUMN \`decision_versions\`;`)
  await db.run(sql`ALTER TABLE \`networks\` DROP COLUMN \`german_from_english\`;`)
  await db.run(sql`ALTER TABLE \`_networks_v\` DROP COLUMN \`version_german_from_english\`;`)
  await db.run(sql`ALTER TABLE \`tandems\` DROP COLUMN \`german_from_english\`;`)
  await db.run(sql`ALTER TABLE \`_tandems_v\` DROP COLUMN \`version_german_from_english\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`german_from_english\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`german_from_english\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_german_from_english\`;`)
}
