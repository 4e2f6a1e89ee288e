import type { MESSAGES } from '../i18n/messages'
import { type Dimension, hours, type Lang, percent, type ReportRow } from './aggregateProgramme'
import { sayIn } from './sayIn'

const COLUMNS = [
  'reportDimension',
  'reportName',
  'reportRecords',
  'reportPublished',
  'reportTranslated',
  'reportTranslatedShare',
  'reportConsent',
  'reportConsentShare',
  'reportAudioHours',
  'reportVideoHours',
] as const

const DIMENSIONS: Record<Dimension, keyof typeof MESSAGES> = {
  total: 'reportTotal',
  ethnicGroup: 'reportByEthnicGroup',
  kind: 'reportByKind',
  province: 'reportByProvince',
}

export const reportText = (lang: Lang, key: keyof typeof MESSAGES): string => sayIn(lang)(key)

export type ReportCell = string | number

/** The report as one table, the same on the dashboard, in the XLSX and in the CSV: a header, then a row each. */
export function reportTable(rows: readonly ReportRow[], lang: Lang): { header: string[]; body: ReportCell[][] } {
  return {
    header: COLUMNS.map((key) => reportText(lang, key)),
    body: rows.map((row) => [
      reportText(lang, DIMENSIONS[row.dimension]),
      row.name,
      row.records,
      row.published,
      row.translated,
      percent(row.translated, row.records),
      row.consent,
      percent(row.consent, row.records),
      hours(row.audioSeconds),
      hours(row.videoSeconds),
    ]),
  }
}

/** A spreadsheet must never run a text cell as a formula (CSV injection): such text gets a leading apostrophe. */
export const inertText = (cell: ReportCell): ReportCell =>
  typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
