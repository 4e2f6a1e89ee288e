import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`heritage_items_people\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`person_id\` integer,
  	\`role\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`heritage_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`heritage_items_people_order_idx\` ON \`heritage_items_people\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`heritage_items_people_parent_id_idx\` ON \`heritage_items_people\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`heritage_items_people_person_idx\` ON \`heritage_items_people\` (\`person_id\`);`)
  await db.run(sql`CREATE TABLE \`heritage_items_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`heritage_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`heritage_items_review_history_order_idx\` ON \`heritage_items_review_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`heritage_items_review_history_parent_id_idx\` ON \`heritage_items_review_history\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`heritage_items_review_history_by_idx\` ON \`heritage_items_review_history\` (\`by_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`heritage_items\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`time_start_date\` text,
  	\`time_end_date\` text,
  	\`time_lunar_month\` numeric,
  	\`time_lunar_day\` numeric,
  	\`time_season\` text,
  	\`time_recurrence\` text,
  	\`time_recurrence_years\` numeric,
  	\`featured_media_id\` integer,
  	\`source_recorded_by\` text,
  	\`source_recorded_on\` text,
  	\`source_recorded_at_id\` integer,
  	\`rights_licence\` text DEFAULT 'all-rights-reserved',
  	\`rights_holder\` text,
  	\`consent_status\` text DEFAULT 'pending',
  	\`consent_given_by\` text,
  	\`consent_date\` text,
  	\`consent_document_id\` integer,
  	\`owning_province_id\` integer,
  	\`access_level\` text DEFAULT 'restricted',
  	\`review_state\` text DEFAULT 'draft',
  	\`review_note\` text,
  	\`slug\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`featured_media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_recorded_at_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`consent_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owning_province_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`heritage_items_kind_idx\` ON \`heritage_items\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`heritage_items_featured_media_idx\` ON \`heritage_items\` (\`featured_media_id\`);`)
  await db.run(
    sql`CREATE INDEX \`heritage_items_source_source_recorded_at_idx\` ON \`heritage_items\` (\`source_recorded_at_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`heritage_items_consent_consent_document_idx\` ON \`heritage_items\` (\`consent_document_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`heritage_items_owning_province_idx\` ON \`heritage_items\` (\`owning_province_id\`);`)
  await db.run(sql`CREATE INDEX \`heritage_items_access_level_idx\` ON \`heritage_items\` (\`access_level\`);`)
  await db.run(sql`CREATE INDEX \`heritage_items_review_state_idx\` ON \`heritage_items\` (\`review_state\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`heritage_items_slug_idx\` ON \`heritage_items\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`heritage_items_created_by_idx\` ON \`heritage_items\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`heritage_items_updated_at_idx\` ON \`heritage_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`heritage_items_created_at_idx\` ON \`heritage_items\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`heritage_items__status_idx\` ON \`heritage_items\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`heritage_items_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`time_note\` text,
  	\`source_collection\` text,
  	\`consent_scope\` text,
  	\`access_reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`heritage_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`heritage_items_locales_locale_parent_id_unique\` ON \`heritage_items_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`heritage_items_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`heritage_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`heritage_items_texts_order_parent\` ON \`heritage_items_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`heritage_items_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`ethnic_groups_id\` integer,
  	\`subjects_id\` integer,
  	\`cultural_labels_id\` integer,
  	\`places_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`heritage_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ethnic_groups_id\`) REFERENCES \`ethnic_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subjects_id\`) REFERENCES \`subjects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cultural_labels_id\`) REFERENCES \`cultural_labels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`places_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`heritage_items_rels_order_idx\` ON \`heritage_items_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`heritage_items_rels_parent_idx\` ON \`heritage_items_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`heritage_items_rels_path_idx\` ON \`heritage_items_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`heritage_items_rels_ethnic_groups_id_idx\` ON \`heritage_items_rels\` (\`ethnic_groups_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`heritage_items_rels_subjects_id_idx\` ON \`heritage_items_rels\` (\`subjects_id\`);`)
  await db.run(
    sql`CREATE INDEX \`heritage_items_rels_cultural_labels_id_idx\` ON \`heritage_items_rels\` (\`cultural_labels_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`heritage_items_rels_places_id_idx\` ON \`heritage_items_rels\` (\`places_id\`);`)
  await db.run(sql`CREATE INDEX \`heritage_items_rels_media_id_idx\` ON \`heritage_items_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_heritage_items_v_version_people\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`person_id\` integer,
  	\`role\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_heritage_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_version_people_order_idx\` ON \`_heritage_items_v_version_people\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_version_people_parent_id_idx\` ON \`_heritage_items_v_version_people\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_version_people_person_idx\` ON \`_heritage_items_v_version_people\` (\`person_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_heritage_items_v_version_review_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_heritage_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_version_review_history_order_idx\` ON \`_heritage_items_v_version_review_history\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_version_review_history_parent_id_idx\` ON \`_heritage_items_v_version_review_history\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_version_review_history_by_idx\` ON \`_heritage_items_v_version_review_history\` (\`by_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_heritage_items_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text,
  	\`version_time_start_date\` text,
  	\`version_time_end_date\` text,
  	\`version_time_lunar_month\` numeric,
  	\`version_time_lunar_day\` numeric,
  	\`version_time_season\` text,
  	\`version_time_recurrence\` text,
  	\`version_time_recurrence_years\` numeric,
  	\`version_featured_media_id\` integer,
  	\`version_source_recorded_by\` text,
  	\`version_source_recorded_on\` text,
  	\`version_source_recorded_at_id\` integer,
  	\`version_rights_licence\` text DEFAULT 'all-rights-reserved',
  	\`version_rights_holder\` text,
  	\`version_consent_status\` text DEFAULT 'pending',
  	\`version_consent_given_by\` text,
  	\`version_consent_date\` text,
  	\`version_consent_document_id\` integer,
  	\`version_owning_province_id\` integer,
  	\`version_access_level\` text DEFAULT 'restricted',
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_review_note\` text,
  	\`version_slug\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`heritage_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_featured_media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_recorded_at_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_consent_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_owning_province_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_heritage_items_v_parent_idx\` ON \`_heritage_items_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_version_version_kind_idx\` ON \`_heritage_items_v\` (\`version_kind\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_version_version_featured_media_idx\` ON \`_heritage_items_v\` (\`version_featured_media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_version_source_version_source_recorded_idx\` ON \`_heritage_items_v\` (\`version_source_recorded_at_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_version_consent_version_consent_docume_idx\` ON \`_heritage_items_v\` (\`version_consent_document_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_version_version_owning_province_idx\` ON \`_heritage_items_v\` (\`version_owning_province_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_version_version_access_level_idx\` ON \`_heritage_items_v\` (\`version_access_level\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_version_version_review_state_idx\` ON \`_heritage_items_v\` (\`version_review_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_version_version_slug_idx\` ON \`_heritage_items_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_version_version_created_by_idx\` ON \`_heritage_items_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_version_version_updated_at_idx\` ON \`_heritage_items_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_version_version_created_at_idx\` ON \`_heritage_items_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_version_version__status_idx\` ON \`_heritage_items_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_heritage_items_v_created_at_idx\` ON \`_heritage_items_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_heritage_items_v_updated_at_idx\` ON \`_heritage_items_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_heritage_items_v_snapshot_idx\` ON \`_heritage_items_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_published_locale_idx\` ON \`_heritage_items_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_heritage_items_v_latest_idx\` ON \`_heritage_items_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_heritage_items_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_time_note\` text,
  	\`version_source_collection\` text,
  	\`version_consent_scope\` text,
  	\`version_access_reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_heritage_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_heritage_items_v_locales_locale_parent_id_unique\` ON \`_heritage_items_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_heritage_items_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_heritage_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_texts_order_parent\` ON \`_heritage_items_v_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_heritage_items_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`ethnic_groups_id\` integer,
  	\`subjects_id\` integer,
  	\`cultural_labels_id\` integer,
  	\`places_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_heritage_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ethnic_groups_id\`) REFERENCES \`ethnic_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subjects_id\`) REFERENCES \`subjects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cultural_labels_id\`) REFERENCES \`cultural_labels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`places_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_heritage_items_v_rels_order_idx\` ON \`_heritage_items_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_heritage_items_v_rels_parent_idx\` ON \`_heritage_items_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_heritage_items_v_rels_path_idx\` ON \`_heritage_items_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_rels_ethnic_groups_id_idx\` ON \`_heritage_items_v_rels\` (\`ethnic_groups_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_rels_subjects_id_idx\` ON \`_heritage_items_v_rels\` (\`subjects_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_rels_cultural_labels_id_idx\` ON \`_heritage_items_v_rels\` (\`cultural_labels_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_heritage_items_v_rels_places_id_idx\` ON \`_heritage_items_v_rels\` (\`places_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_heritage_items_v_rels_media_id_idx\` ON \`_heritage_items_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`media_captions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`language\` text NOT NULL,
  	\`file_id\` integer NOT NULL,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_captions_order_idx\` ON \`media_captions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`media_captions_parent_id_idx\` ON \`media_captions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_captions_file_idx\` ON \`media_captions\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`recorded_at\` text,
  	\`recorded_by\` text,
  	\`recorded_where_id\` integer,
  	\`access_level\` text DEFAULT 'restricted' NOT NULL,
  	\`effective_access\` text,
  	\`original_filename\` text,
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
  	FOREIGN KEY (\`recorded_where_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_recorded_where_idx\` ON \`media\` (\`recorded_where_id\`);`)
  await db.run(sql`CREATE INDEX \`media_access_level_idx\` ON \`media\` (\`access_level\`);`)
  await db.run(sql`CREATE INDEX \`media_effective_access_idx\` ON \`media\` (\`effective_access\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(
    sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`,
  )
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`caption\` text,
  	\`credit\` text,
  	\`transcript\` text,
  	\`access_reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`media_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_texts_order_parent\` ON \`media_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`cultural_labels_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cultural_labels_id\`) REFERENCES \`cultural_labels\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_rels_order_idx\` ON \`media_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_parent_idx\` ON \`media_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_path_idx\` ON \`media_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_cultural_labels_id_idx\` ON \`media_rels\` (\`cultural_labels_id\`);`)
  await db.run(sql`CREATE TABLE \`people_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`people_roles_order_idx\` ON \`people_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`people_roles_parent_idx\` ON \`people_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`people\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`ethnic_group_id\` integer,
  	\`place_id\` integer,
  	\`publication_consent_given\` integer DEFAULT false,
  	\`publication_consent_date\` text,
  	\`publication_consent_note\` text,
  	\`access_level\` text DEFAULT 'restricted',
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`ethnic_group_id\`) REFERENCES \`ethnic_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`place_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`people_ethnic_group_idx\` ON \`people\` (\`ethnic_group_id\`);`)
  await db.run(sql`CREATE INDEX \`people_place_idx\` ON \`people\` (\`place_id\`);`)
  await db.run(sql`CREATE INDEX \`people_access_level_idx\` ON \`people\` (\`access_level\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`people_slug_idx\` ON \`people\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`people_updated_at_idx\` ON \`people\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`people_created_at_idx\` ON \`people\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`people__status_idx\` ON \`people\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`people_locales\` (
  	\`biography\` text,
  	\`expertise_note\` text,
  	\`access_reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`people_locales_locale_parent_id_unique\` ON \`people_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`people_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`people_texts_order_parent\` ON \`people_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`people_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`subjects_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subjects_id\`) REFERENCES \`subjects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`people_rels_order_idx\` ON \`people_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`people_rels_parent_idx\` ON \`people_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`people_rels_path_idx\` ON \`people_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`people_rels_subjects_id_idx\` ON \`people_rels\` (\`subjects_id\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_version_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_version_roles_order_idx\` ON \`_people_v_version_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_roles_parent_idx\` ON \`_people_v_version_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_people_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_ethnic_group_id\` integer,
  	\`version_place_id\` integer,
  	\`version_publication_consent_given\` integer DEFAULT false,
  	\`version_publication_consent_date\` text,
  	\`version_publication_consent_note\` text,
  	\`version_access_level\` text DEFAULT 'restricted',
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_ethnic_group_id\`) REFERENCES \`ethnic_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_place_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_parent_idx\` ON \`_people_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_people_v_version_version_ethnic_group_idx\` ON \`_people_v\` (\`version_ethnic_group_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_people_v_version_version_place_idx\` ON \`_people_v\` (\`version_place_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_people_v_version_version_access_level_idx\` ON \`_people_v\` (\`version_access_level\`);`,
  )
  await db.run(sql`CREATE INDEX \`_people_v_version_version_slug_idx\` ON \`_people_v\` (\`version_slug\`);`)
  await db.run(
    sql`CREATE INDEX \`_people_v_version_version_updated_at_idx\` ON \`_people_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_people_v_version_version_created_at_idx\` ON \`_people_v\` (\`version_created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_people_v_version_version__status_idx\` ON \`_people_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_created_at_idx\` ON \`_people_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_updated_at_idx\` ON \`_people_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_snapshot_idx\` ON \`_people_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_published_locale_idx\` ON \`_people_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_latest_idx\` ON \`_people_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_locales\` (
  	\`version_biography\` text,
  	\`version_expertise_note\` text,
  	\`version_access_reason\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_people_v_locales_locale_parent_id_unique\` ON \`_people_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_people_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_texts_order_parent\` ON \`_people_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`subjects_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subjects_id\`) REFERENCES \`subjects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_rels_order_idx\` ON \`_people_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_rels_parent_idx\` ON \`_people_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_rels_path_idx\` ON \`_people_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_rels_subjects_id_idx\` ON \`_people_v_rels\` (\`subjects_id\`);`)
  await db.run(sql`CREATE TABLE \`ethnic_groups_languages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`iso6393\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ethnic_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ethnic_groups_languages_order_idx\` ON \`ethnic_groups_languages\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`ethnic_groups_languages_parent_id_idx\` ON \`ethnic_groups_languages\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`ethnic_groups_languages_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ethnic_groups_languages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`ethnic_groups_languages_locales_locale_parent_id_unique\` ON \`ethnic_groups_languages_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`ethnic_groups\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`endonym\` text,
  	\`featured_image_id\` integer,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`featured_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`ethnic_groups_featured_image_idx\` ON \`ethnic_groups\` (\`featured_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`ethnic_groups_slug_idx\` ON \`ethnic_groups\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`ethnic_groups_updated_at_idx\` ON \`ethnic_groups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ethnic_groups_created_at_idx\` ON \`ethnic_groups\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`ethnic_groups__status_idx\` ON \`ethnic_groups\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`ethnic_groups_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ethnic_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`ethnic_groups_locales_locale_parent_id_unique\` ON \`ethnic_groups_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`ethnic_groups_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ethnic_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`ethnic_groups_texts_order_parent\` ON \`ethnic_groups_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`ethnic_groups_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`places_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ethnic_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`places_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ethnic_groups_rels_order_idx\` ON \`ethnic_groups_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`ethnic_groups_rels_parent_idx\` ON \`ethnic_groups_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`ethnic_groups_rels_path_idx\` ON \`ethnic_groups_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`ethnic_groups_rels_places_id_idx\` ON \`ethnic_groups_rels\` (\`places_id\`);`)
  await db.run(sql`CREATE TABLE \`_ethnic_groups_v_version_languages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`iso6393\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_ethnic_groups_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_ethnic_groups_v_version_languages_order_idx\` ON \`_ethnic_groups_v_version_languages\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethnic_groups_v_version_languages_parent_id_idx\` ON \`_ethnic_groups_v_version_languages\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_ethnic_groups_v_version_languages_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_ethnic_groups_v_version_languages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_ethnic_groups_v_version_languages_locales_locale_parent_id_\` ON \`_ethnic_groups_v_version_languages_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_ethnic_groups_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_endonym\` text,
  	\`version_featured_image_id\` integer,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ethnic_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_featured_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_ethnic_groups_v_parent_idx\` ON \`_ethnic_groups_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_ethnic_groups_v_version_version_featured_image_idx\` ON \`_ethnic_groups_v\` (\`version_featured_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethnic_groups_v_version_version_slug_idx\` ON \`_ethnic_groups_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethnic_groups_v_version_version_updated_at_idx\` ON \`_ethnic_groups_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethnic_groups_v_version_version_created_at_idx\` ON \`_ethnic_groups_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ethnic_groups_v_version_version__status_idx\` ON \`_ethnic_groups_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_ethnic_groups_v_created_at_idx\` ON \`_ethnic_groups_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_ethnic_groups_v_updated_at_idx\` ON \`_ethnic_groups_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_ethnic_groups_v_snapshot_idx\` ON \`_ethnic_groups_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_ethnic_groups_v_published_locale_idx\` ON \`_ethnic_groups_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_ethnic_groups_v_latest_idx\` ON \`_ethnic_groups_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_ethnic_groups_v_locales\` (
  	\`version_name\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_ethnic_groups_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_ethnic_groups_v_locales_locale_parent_id_unique\` ON \`_ethnic_groups_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_ethnic_groups_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_ethnic_groups_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_ethnic_groups_v_texts_order_parent\` ON \`_ethnic_groups_v_texts\` (\`order\`,\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_ethnic_groups_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`places_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_ethnic_groups_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`places_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_ethnic_groups_v_rels_order_idx\` ON \`_ethnic_groups_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_ethnic_groups_v_rels_parent_idx\` ON \`_ethnic_groups_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_ethnic_groups_v_rels_path_idx\` ON \`_ethnic_groups_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_ethnic_groups_v_rels_places_id_idx\` ON \`_ethnic_groups_v_rels\` (\`places_id\`);`)
  await db.run(sql`CREATE TABLE \`places\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type\` text NOT NULL,
  	\`parent_id\` integer,
  	\`coordinates_latitude\` numeric,
  	\`coordinates_longitude\` numeric,
  	\`valid_from\` text,
  	\`valid_to\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`places_type_idx\` ON \`places\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`places_parent_idx\` ON \`places\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`places_valid_to_idx\` ON \`places\` (\`valid_to\`);`)
  await db.run(sql`CREATE INDEX \`places_updated_at_idx\` ON \`places\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`places_created_at_idx\` ON \`places\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`places_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`places_locales_locale_parent_id_unique\` ON \`places_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`places_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`places_texts_order_parent\` ON \`places_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`places_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`places_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`places_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`places_rels_order_idx\` ON \`places_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`places_rels_parent_idx\` ON \`places_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`places_rels_path_idx\` ON \`places_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`places_rels_places_id_idx\` ON \`places_rels\` (\`places_id\`);`)
  await db.run(sql`CREATE TABLE \`subjects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`broader_id\` integer,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`broader_id\`) REFERENCES \`subjects\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`subjects_broader_idx\` ON \`subjects\` (\`broader_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`subjects_slug_idx\` ON \`subjects\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`subjects_updated_at_idx\` ON \`subjects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subjects_created_at_idx\` ON \`subjects\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`subjects_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`subjects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`subjects_locales_locale_parent_id_unique\` ON \`subjects_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`subjects_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subjects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subjects_texts_order_parent\` ON \`subjects_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
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
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`places_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`places_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_places_id_idx\` ON \`users_rels\` (\`places_id\`);`)
  await db.run(sql`CREATE TABLE \`access_grants\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`researcher_id\` integer NOT NULL,
  	\`scope\` text NOT NULL,
  	\`item_id\` integer,
  	\`ethnic_group_id\` integer,
  	\`collection\` text,
  	\`expires_at\` text NOT NULL,
  	\`reason\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`researcher_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`item_id\`) REFERENCES \`heritage_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`ethnic_group_id\`) REFERENCES \`ethnic_groups\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`access_grants_researcher_idx\` ON \`access_grants\` (\`researcher_id\`);`)
  await db.run(sql`CREATE INDEX \`access_grants_item_idx\` ON \`access_grants\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`access_grants_ethnic_group_idx\` ON \`access_grants\` (\`ethnic_group_id\`);`)
  await db.run(sql`CREATE INDEX \`access_grants_expires_at_idx\` ON \`access_grants\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`access_grants_updated_at_idx\` ON \`access_grants\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`access_grants_created_at_idx\` ON \`access_grants\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`cultural_labels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label_type\` text NOT NULL,
  	\`community_id\` integer,
  	\`icon\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`community_id\`) REFERENCES \`ethnic_groups\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`cultural_labels_label_type_idx\` ON \`cultural_labels\` (\`label_type\`);`)
  await db.run(sql`CREATE INDEX \`cultural_labels_community_idx\` ON \`cultural_labels\` (\`community_id\`);`)
  await db.run(sql`CREATE INDEX \`cultural_labels_updated_at_idx\` ON \`cultural_labels\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cultural_labels_created_at_idx\` ON \`cultural_labels\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`cultural_labels_locales\` (
  	\`name\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cultural_labels\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`cultural_labels_locales_locale_parent_id_unique\` ON \`cultural_labels_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`target_collection\` text,
  	\`target_id\` text,
  	\`summary\` text,
  	\`user_id\` integer,
  	\`user_email\` text,
  	\`changes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_collection_idx\` ON \`audit_log\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_id_idx\` ON \`audit_log\` (\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_email_idx\` ON \`audit_log\` (\`user_email\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`heritage_items_id\` integer,
  	\`media_id\` integer,
  	\`people_id\` integer,
  	\`ethnic_groups_id\` integer,
  	\`places_id\` integer,
  	\`subjects_id\` integer,
  	\`users_id\` integer,
  	\`access_grants_id\` integer,
  	\`cultural_labels_id\` integer,
  	\`audit_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`heritage_items_id\`) REFERENCES \`heritage_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ethnic_groups_id\`) REFERENCES \`ethnic_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`places_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subjects_id\`) REFERENCES \`subjects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`access_grants_id\`) REFERENCES \`access_grants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cultural_labels_id\`) REFERENCES \`cultural_labels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_heritage_items_id_idx\` ON \`payload_locked_documents_rels\` (\`heritage_items_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_ethnic_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`ethnic_groups_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_places_id_idx\` ON \`payload_locked_documents_rels\` (\`places_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_subjects_id_idx\` ON \`payload_locked_documents_rels\` (\`subjects_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_access_grants_id_idx\` ON \`payload_locked_documents_rels\` (\`access_grants_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_cultural_labels_id_idx\` ON \`payload_locked_documents_rels\` (\`cultural_labels_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  await db.run(sql`DROP TABLE \`heritage_items_people\`;`)
  await db.run(sql`DROP TABLE \`heritage_items_review_history\`;`)
  await db.run(sql`DROP TABLE \`heritage_items\`;`)
  await db.run(sql`DROP TABLE \`heritage_items_locales\`;`)
  await db.run(sql`DROP TABLE \`heritage_items_texts\`;`)
  await db.run(sql`DROP TABLE \`heritage_items_rels\`;`)
  await db.run(sql`DROP TABLE \`_heritage_items_v_version_people\`;`)
  await db.run(sql`DROP TABLE \`_heritage_items_v_version_review_history\`;`)
  await db.run(sql`DROP TABLE \`_heritage_items_v\`;`)
  await db.run(sql`DROP TABLE \`_heritage_items_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_heritage_items_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_heritage_items_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media_captions\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`media_texts\`;`)
  await db.run(sql`DROP TABLE \`media_rels\`;`)
  await db.run(sql`DROP TABLE \`people_roles\`;`)
  await db.run(sql`DROP TABLE \`people\`;`)
  await db.run(sql`DROP TABLE \`people_locales\`;`)
  await db.run(sql`DROP TABLE \`people_texts\`;`)
  await db.run(sql`DROP TABLE \`people_rels\`;`)
  await db.run(sql`DROP TABLE \`_people_v_version_roles\`;`)
  await db.run(sql`DROP TABLE \`_people_v\`;`)
  await db.run(sql`DROP TABLE \`_people_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_people_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_people_v_rels\`;`)
  await db.run(sql`DROP TABLE \`ethnic_groups_languages\`;`)
  await db.run(sql`DROP TABLE \`ethnic_groups_languages_locales\`;`)
  await db.run(sql`DROP TABLE \`ethnic_groups\`;`)
  await db.run(sql`DROP TABLE \`ethnic_groups_locales\`;`)
  await db.run(sql`DROP TABLE \`ethnic_groups_texts\`;`)
  await db.run(sql`DROP TABLE \`ethnic_groups_rels\`;`)
  await db.run(sql`DROP TABLE \`_ethnic_groups_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_ethnic_groups_v_version_languages_locales\`;`)
  await db.run(sql`DROP TABLE \`_ethnic_groups_v\`;`)
  await db.run(sql`DROP TABLE \`_ethnic_groups_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_ethnic_groups_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_ethnic_groups_v_rels\`;`)
  await db.run(sql`DROP TABLE \`places\`;`)
  await db.run(sql`DROP TABLE \`places_locales\`;`)
  await db.run(sql`DROP TABLE \`places_texts\`;`)
  await db.run(sql`DROP TABLE \`places_rels\`;`)
  await db.run(sql`DROP TABLE \`subjects\`;`)
  await db.run(sql`DROP TABLE \`subjects_locales\`;`)
  await db.run(sql`DROP TABLE \`subjects_texts\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`access_grants\`;`)
  await db.run(sql`DROP TABLE \`cultural_labels\`;`)
  await db.run(sql`DROP TABLE \`cultural_labels_locales\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
