import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { fillBilingualListFieldsOfStoredRecords } from '../admin/bilingual/fillStoredRecords'
import { reportGermanViolations } from './data/reportGermanViolations'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`_networks_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_networks_v_autosave_idx\` ON \`_networks_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_tandems_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_tandems_v_autosave_idx\` ON \`_tandems_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_events_v_autosave_idx\` ON \`_events_v\` (\`autosave\`);`)
  // Data steps read through the Local API, which selects every column of the current config, so
  // they run after the last schema change instead of inside the migrations that added their fields.
  await fillBilingualListFieldsOfStoredRecords(req)
  await reportGermanViolations(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_networks_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_networks_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_tandems_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_tandems_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_events_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`autosave\`;`)
}
