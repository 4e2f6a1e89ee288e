import type { CollectionConfig, Config, Field } from 'payload'

const open = () => true

/** A field as Payload stores it, without our field hooks and field access (nested fields alike). */
function bareField(field: Field): Field {
  const { hooks: _hooks, access: _access, ...rest } = field as Field & { hooks?: unknown; access?: unknown }
  const out = { ...rest } as Record<string, unknown>
  if (Array.isArray(out.fields)) out.fields = (out.fields as Field[]).map(bareField)
  if (Array.isArray(out.tabs))
    out.tabs = (out.tabs as { fields: Field[] }[]).map((tab) => ({ ...tab, fields: tab.fields.map(bareField) }))
  if (Array.isArray(out.blocks))
    out.blocks = (out.blocks as { fields: Field[] }[]).map((block) => ({
      ...block,
      fields: block.fields.map(bareField),
    }))
  return out as unknown as Field
}

/** The same collection — fields, versions, drafts, upload, localization — with no hooks and open access. */
function bareCollection(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {},
    access: { read: open, readVersions: open, create: open, update: open, delete: open },
    fields: collection.fields.map(bareField),
  }
}

/**
 * The baseline of the bench: our config with every record collection bare (users keep their auth and
 * rules so staff still sign in), and no global error hooks. Same tables, so it reads the same archive.
 */
export function bareConfig(config: Config): Config {
  return {
    ...config,
    hooks: {},
    collections: (config.collections ?? []).map((collection) =>
      collection.slug === 'users' ? collection : bareCollection(collection),
    ),
  }
}
