import type { Field, NumberFieldSingleValidation } from 'payload'

import { provincesOf } from '../../../access/scope'
import { endNotBefore } from '../../../fields/dateRangeValidate'
import { DAY_ONLY, optionsOf } from '../../../fields/options'
import { localMessage } from '../../../i18n/localMessage'
import { MESSAGES } from '../../../i18n/messages'
import { owningProvinceOptions } from './owningProvinceOptions'

export const SEASONS = {
  spring: { vi: 'Mùa xuân', en: 'Spring' },
  summer: { vi: 'Mùa hạ', en: 'Summer' },
  autumn: { vi: 'Mùa thu', en: 'Autumn' },
  winter: { vi: 'Mùa đông', en: 'Winter' },
  dry: { vi: 'Mùa khô', en: 'Dry season' },
  rainy: { vi: 'Mùa mưa', en: 'Rainy season' },
  after_harvest: { vi: 'Sau mùa thu hoạch', en: 'After the harvest' },
} as const

export const RECURRENCES = {
  yearly: { vi: 'Hằng năm', en: 'Every year' },
  every_n_years: { vi: 'Vài năm một lần', en: 'Every few years' },
  once: { vi: 'Một lần', en: 'Once' },
  occasional: { vi: 'Khi có dịp (cưới, tang, mùa vụ)', en: 'When occasion calls' },
} as const

const inRange = (value: number | null | undefined, min: number, max: number) =>
  value == null || (Number.isInteger(value) && value >= min && value <= max)

const lunarMonth: NumberFieldSingleValidation = (value, { req }) =>
  inRange(value, 1, 12) || localMessage(req, MESSAGES.lunarMonth)
const lunarDay: NumberFieldSingleValidation = (value, { req }) =>
  inRange(value, 1, 30) || localMessage(req, MESSAGES.lunarDay)
const recurrenceYears: NumberFieldSingleValidation = (value, { siblingData, req }) =>
  (siblingData as { recurrence?: string }).recurrence !== 'every_n_years' ||
  (value != null && Number.isInteger(value) && value >= 2) ||
  localMessage(req, MESSAGES.recurrenceInterval)

/**
 * The province whose officers look after the record: one of the user's own (admins and the system pick
 * any current one; see owningProvinceOptions), preselected with the user's first province.
 */
export const owningProvinceField = (): Field => ({
  name: 'owningProvince',
  type: 'relationship',
  relationTo: 'places',
  required: true,
  index: true,
  label: { vi: 'Tỉnh quản lý hồ sơ', en: 'Owning province' },
  defaultValue: ({ user }) => provincesOf(user)[0],
  filterOptions: owningProvinceOptions,
  admin: { position: 'sidebar' },
})

/** Where (places as recorded, old names kept) and when (solar dates and/or the lunar calendar). */
export const placeAndTimeFields = (): Field[] => [
  {
    name: 'places',
    type: 'relationship',
    relationTo: 'places',
    hasMany: true,
    label: { vi: 'Địa điểm (theo tên lúc ghi nhận)', en: 'Places (as named when recorded)' },
    admin: {
      description: {
        vi: 'Chọn đúng địa danh lúc ghi nhận, kể cả huyện/tỉnh cũ; bản ghi tự được tìm thấy theo tên mới.',
        en: 'Pick the place as it was named when recorded, old district or province included; the record is found under the new names too.',
      },
    },
  },
  {
    name: 'placesIndex',
    type: 'relationship',
    relationTo: 'places',
    hasMany: true,
    index: true,
    label: { vi: 'Tìm thấy theo địa danh', en: 'Found under places' },
    admin: {
      readOnly: true,
      description: {
        vi: 'Tự tính: địa điểm, cấp trên và tên hiện nay sau sáp nhập',
        en: 'Computed: the places, the units above them and their current successors',
      },
    },
  },
  {
    name: 'time',
    type: 'group',
    label: { vi: 'Thời gian', en: 'Time' },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'startDate',
            type: 'date',
            label: { vi: 'Từ ngày (dương lịch)', en: 'From (solar date)' },
            admin: DAY_ONLY,
          },
          {
            name: 'endDate',
            type: 'date',
            label: { vi: 'Đến ngày', en: 'To' },
            admin: DAY_ONLY,
            validate: endNotBefore('startDate'),
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'lunarMonth',
            type: 'number',
            label: { vi: 'Tháng âm lịch', en: 'Lunar month' },
            validate: lunarMonth,
          },
          {
            name: 'lunarDay',
            type: 'number',
            label: { vi: 'Ngày âm lịch', en: 'Lunar day' },
            validate: lunarDay,
          },
          {
            name: 'season',
            type: 'select',
            label: { vi: 'Mùa', en: 'Season' },
            options: optionsOf(SEASONS),
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'recurrence',
            type: 'select',
            label: { vi: 'Lặp lại', en: 'Recurrence' },
            options: optionsOf(RECURRENCES),
          },
          {
            name: 'recurrenceYears',
            type: 'number',
            label: { vi: 'Mấy năm một lần', en: 'Every how many years' },
            admin: { condition: (_, sibling) => sibling?.recurrence === 'every_n_years' },
            validate: recurrenceYears,
          },
        ],
      },
      { name: 'note', type: 'text', localized: true, label: { vi: 'Ghi chú thời gian', en: 'About the timing' } },
    ],
  },
]
