import type { Snapshot } from '@di-san-so/site/snapshot'
import { stringify } from 'csv-stringify/sync'

/** A spreadsheet must never run a cell as a formula (CSV injection): such cells get a leading apostrophe. */
export const safeCell = (value: unknown): string => {
  const text = value == null ? '' : Array.isArray(value) ? value.join('; ') : String(value)
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

/** One CSV per collection, for people who open data in a spreadsheet: vi and en side by side. */
export function csvTables(snapshot: Snapshot): Record<string, string> {
  const table = (header: string[], rows: unknown[][]) =>
    stringify([header, ...rows.map((row) => row.map(safeCell))], { bom: true })
  return {
    'heritage-items.csv': table(
      [
        'id',
        'slug',
        'kind',
        'title_vi',
        'title_en',
        'summary_vi',
        'summary_en',
        'ethnic_groups',
        'places',
        'lunar_month',
        'start_date',
        'licence',
        'rights_holder',
        'updated_at',
      ],
      snapshot.items.map((i) => [
        i.id,
        i.slug,
        i.kind,
        i.title.vi,
        i.title.en,
        i.summary.vi,
        i.summary.en,
        i.ethnicGroups,
        i.places,
        i.time.lunarMonth,
        i.time.startDate,
        i.rights.licence,
        i.rights.holder,
        i.updatedAt,
      ]),
    ),
    'ethnic-groups.csv': table(
      ['id', 'slug', 'name_vi', 'name_en', 'endonym', 'other_names', 'languages_iso6393'],
      snapshot.groups.map((g) => [
        g.id,
        g.slug,
        g.name.vi,
        g.name.en,
        g.endonym,
        g.otherNames,
        g.languages.map((l) => l.iso6393),
      ]),
    ),
    'people.csv': table(
      ['id', 'slug', 'name', 'roles', 'ethnic_group'],
      snapshot.people.map((p) => [p.id, p.slug, p.name, p.roles, p.ethnicGroup]),
    ),
    'places.csv': table(
      ['id', 'name_vi', 'name_en', 'other_names', 'type', 'parent', 'latitude', 'longitude', 'valid_to', 'replaced_by'],
      snapshot.places.map((p) => [
        p.id,
        p.name.vi,
        p.name.en,
        p.otherNames,
        p.type,
        p.parent,
        p.latitude,
        p.longitude,
        p.validTo,
        p.replacedBy,
      ]),
    ),
  }
}
