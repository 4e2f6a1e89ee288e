import type { Field, NumberFieldSingleValidation } from 'payload'

import { localMessage } from '../../../i18n/localMessage'
import { MESSAGES } from '../../../i18n/messages'

/** Vietnam's extent including its islands (Trường Sa reaches ~117.8°E and ~6.8°N). */
export const VIETNAM_BOUNDS = { minLat: 6.5, maxLat: 23.5, minLng: 102, maxLng: 118 } as const

type Pair = { latitude?: number | null; longitude?: number | null }
const given = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value)

const latitudeInVietnam: NumberFieldSingleValidation = (value, { siblingData, req }) => {
  if (given(value) !== given((siblingData as Pair).longitude)) return localMessage(req, MESSAGES.coordinatesPair)
  return (
    !given(value) ||
    (value >= VIETNAM_BOUNDS.minLat && value <= VIETNAM_BOUNDS.maxLat) ||
    localMessage(req, MESSAGES.latitude)
  )
}
const longitudeInVietnam: NumberFieldSingleValidation = (value, { req }) =>
  !given(value) ||
  (value >= VIETNAM_BOUNDS.minLng && value <= VIETNAM_BOUNDS.maxLng) ||
  localMessage(req, MESSAGES.longitude)

/** A representative point (WGS 84), both numbers or neither, inside Vietnam. */
export const coordinatesField = (): Field => ({
  name: 'coordinates',
  type: 'group',
  label: { vi: 'Tọa độ đại diện (WGS 84)', en: 'Representative point (WGS 84)' },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'latitude',
          type: 'number',
          label: { vi: 'Vĩ độ', en: 'Latitude' },
          validate: latitudeInVietnam,
        },
        {
          name: 'longitude',
          type: 'number',
          label: { vi: 'Kinh độ', en: 'Longitude' },
          validate: longitudeInVietnam,
        },
      ],
    },
  ],
})
