import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`municipalities_partnership_working_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`municipalities_partnership_working_languages_order_idx\` ON \`municipalities_partnership_working_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_partnership_working_languages_parent_idx\` ON \`municipalities_partnership_working_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`municipalities_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`municipalities_rels_order_idx\` ON \`municipalities_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_rels_parent_idx\` ON \`municipalities_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_rels_path_idx\` ON \`municipalities_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_rels_topics_id_idx\` ON \`municipalities_rels\` (\`topics_id\`);`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`partnership_open_to_partnership\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`partnership_as_of\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`partnership_contact_email\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` ADD \`partnership_offers_text\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` ADD \`partnership_seeks_text\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` ADD \`partnership_contact_function\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` ADD \`partnership_contact_department\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`municipalities_partnership_working_languages\`;`)
  await db.run(sql`DROP TABLE \`municipalities_rels\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`partnership_open_to_partnership\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`partnership_as_of\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`partnership_contact_email\`;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` DROP COLUMN \`partnership_offers_text\`;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` DROP COLUMN \`partnership_seeks_text\`;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` DROP COLUMN \`partnership_contact_function\`;`)
  await db.run(sql`ALTER TABLE \`municipalities_locales\` DROP COLUMN \`partnership_contact_department\`;`)
}
