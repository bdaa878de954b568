import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`_networks_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_networks_v_autosave_idx\` ON \`_networks_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_tandems_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_tandems_v_autosave_idx\` ON \`_tandems_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_events_v_autosave_idx\` ON \`_events_v\` (\`autosave\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_networks_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_networks_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_tandems_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_tandems_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`DROP INDEX \`_events_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`autosave\`;`)
}
