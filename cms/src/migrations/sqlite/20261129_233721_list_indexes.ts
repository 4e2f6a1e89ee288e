import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Indexes that let SQLite answer a list page by walking an index in the page's order and stopping after
 * the page, instead of reading every matching row (with every localized, array and relation sub-select
 * Payload puts in the row) into a temporary sort: the admin's draft list (latest versions by creation
 * date; 6 s at 10 000 items), the public list (published + public by creation date) and the media list
 * by access. Then ANALYZE, so the planner knows, e.g., that most files are public and a staff member's
 * "public or mine" list is best read in date order (see analyzeDatabase for later runs).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`_heritage_items_v_latest_created_idx\` ON \`_heritage_items_v\` (\`latest\`, \`version_created_at\`, \`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`_heritage_items_v_latest_updated_idx\` ON \`_heritage_items_v\` (\`latest\`, \`version_updated_at\`, \`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`heritage_items_status_access_created_idx\` ON \`heritage_items\` (\`_status\`, \`access_level\`, \`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX IF NOT EXISTS \`media_effective_access_created_idx\` ON \`media\` (\`effective_access\`, \`created_at\`);`,
  )
  await db.run(sql`PRAGMA analysis_limit=1000;`)
  await db.run(sql`ANALYZE;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`_heritage_items_v_latest_created_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_heritage_items_v_latest_updated_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`heritage_items_status_access_created_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`media_effective_access_created_idx\`;`)
}
