'use client'
import { UPLOAD_SCREEN_TEXT as T } from '../../i18n/messages'
import { ACCESS_LEVELS } from './accessLevels'
import type { BatchMeta } from './batchMeta'
import type { PlaceOption } from './usePlaces'

type Lang = 'vi' | 'en'
type Props = { lang: Lang; value: BatchMeta; onChange: (next: BatchMeta) => void; places: PlaceOption[] }

/** Caption, credit, place, recorded date and access level, set once for the whole batch. */
export function BatchForm({ lang, value, onChange, places }: Props) {
  const set = <K extends keyof BatchMeta>(key: K, next: BatchMeta[K]) => onChange({ ...value, [key]: next })
  return (
    <fieldset className="dss-upload__batch" data-testid="upload-batch">
      <legend>{T.batchHeading[lang]}</legend>
      <p className="field-description">{T.batchHint[lang]}</p>
      <label>
        {T.caption[lang]}
        <input name="caption" value={value.caption} onChange={(event) => set('caption', event.target.value)} />
      </label>
      <label>
        {T.credit[lang]}
        <input name="credit" value={value.credit} onChange={(event) => set('credit', event.target.value)} />
      </label>
      <label>
        {T.place[lang]}
        <select
          name="recordedWhere"
          value={value.recordedWhere}
          onChange={(event) => set('recordedWhere', event.target.value)}
        >
          <option value="">{T.noPlace[lang]}</option>
          {places.map((place) => (
            <option key={String(place.id)} value={String(place.id)}>
              {place.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {T.recordedAt[lang]}
        <input
          type="date"
          name="recordedAt"
          value={value.recordedAt}
          onChange={(event) => set('recordedAt', event.target.value)}
        />
      </label>
      <label>
        {T.accessLevel[lang]}
        <select
          name="accessLevel"
          value={value.accessLevel}
          onChange={(event) => set('accessLevel', event.target.value as BatchMeta['accessLevel'])}
        >
          {ACCESS_LEVELS.map(([level, key]) => (
            <option key={level} value={level}>
              {T[key][lang]}
            </option>
          ))}
        </select>
      </label>
      {value.accessLevel !== 'public' && (
        <label>
          {T.accessReason[lang]}
          <input
            name="accessReason"
            value={value.accessReason}
            onChange={(event) => set('accessReason', event.target.value)}
          />
        </label>
      )}
    </fieldset>
  )
}
