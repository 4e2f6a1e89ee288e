import type { Option } from 'payload'

type Labelled = Record<string, { vi: string; en: string }>

/** Select options from a table of `value → { vi, en }` labels (the tables that also name things elsewhere). */
export const optionsOf = (table: Labelled): Option[] =>
  Object.entries(table).map(([value, label]) => ({ value, label }))

/** Date fields that hold a day, shown the Vietnamese way. */
export const DAY_ONLY = { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } as const
