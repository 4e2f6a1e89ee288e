'use client'
import { Button, FieldDescription, FieldError, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useState } from 'react'

import { messageIn } from '../../i18n/localMessage'
import { MEDIA_FORM_TEXT as T } from '../../i18n/messages'
import { useArchiveLanguages } from './useArchiveLanguages'

const OTHER = '__other'
const INPUT: React.CSSProperties = { maxWidth: '100%', minHeight: '2.5rem', padding: '0 0.5rem' }

/**
 * An ISO 639-3 field as a picker of the archive's languages by name ("Tiếng Ê Đê — rad"), plus "Khác (mã ISO
 * 639-3)" to type any code; it stores the code, as before (the field's own validation checks it).
 */
export const LanguagePickerField: TextFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const path = pathFromProps ?? field.name
  const id = `field-${path.replace(/\./g, '__')}`
  const { i18n } = useTranslation()
  const language = i18n.language
  const { value, setValue, showError, disabled } = useField<string | string[] | null>({ path })
  const languages = useArchiveLanguages(language)
  const [typing, setTyping] = useState(false)
  const [typed, setTyped] = useState('')
  const hasMany = Boolean(field.hasMany)
  const codes = (Array.isArray(value) ? value : value ? [value] : []).filter((code) => typeof code === 'string')
  const labelOf = (code: string) =>
    `${languages.find((known) => known.code === code)?.name ?? messageIn(language, T.languageUnknown)} — ${code}`
  const choose = (code: string) => {
    if (hasMany) setValue(codes.includes(code) ? codes : [...codes, code])
    else setValue(code)
  }
  const locked = Boolean(readOnly || disabled)
  const single = hasMany ? '' : (codes[0] ?? '')
  const listed = languages.some((known) => known.code === single)
  const selected = typing || (single && !listed) ? OTHER : single
  return (
    <div className="field-type text" data-testid={`language-picker-${path}`}>
      <FieldLabel htmlFor={id} label={field.label} path={path} required={field.required} />
      <FieldError path={path} showError={showError} />
      {hasMany && codes.length > 0 && (
        <ul
          style={{
            listStyle: 'none',
            padding: 0,
            margin: '0 0 0.4rem',
            display: 'flex',
            gap: '0.4rem',
            flexWrap: 'wrap',
          }}
        >
          {codes.map((code) => (
            <li
              key={code}
              data-testid="language-chosen"
              style={{ display: 'inline-flex', gap: '0.3rem', alignItems: 'center' }}
            >
              <span>{labelOf(code)}</span>
              {!locked && (
                <Button
                  buttonStyle="secondary"
                  size="small"
                  margin={false}
                  onClick={() => setValue(codes.filter((other) => other !== code))}
                >
                  {messageIn(language, T.remove)}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <select
        id={id}
        style={INPUT}
        disabled={locked}
        value={hasMany ? (typing ? OTHER : '') : selected}
        onChange={(event) => {
          const picked = event.target.value
          setTyping(picked === OTHER)
          if (picked && picked !== OTHER) choose(picked)
        }}
      >
        <option value="">{messageIn(language, hasMany ? T.languageAdd : T.languageChoose)}</option>
        {languages.map((known) => (
          <option key={known.code} value={known.code}>
            {`${known.name} — ${known.code}`}
          </option>
        ))}
        <option value={OTHER}>{messageIn(language, T.languageOther)}</option>
      </select>
      {selected === OTHER && !hasMany && (
        <input
          type="text"
          aria-label={messageIn(language, T.languageOtherCode)}
          placeholder={messageIn(language, T.languageOtherCode)}
          style={{ ...INPUT, marginInlineStart: '0.5rem', width: '6rem' }}
          maxLength={3}
          value={single}
          disabled={locked}
          onChange={(event) => setValue(event.target.value.trim().toLowerCase())}
        />
      )}
      {typing && hasMany && (
        <span style={{ display: 'inline-flex', gap: '0.4rem', marginInlineStart: '0.5rem', alignItems: 'center' }}>
          <input
            type="text"
            aria-label={messageIn(language, T.languageOtherCode)}
            placeholder={messageIn(language, T.languageOtherCode)}
            style={{ ...INPUT, width: '6rem' }}
            maxLength={3}
            value={typed}
            onChange={(event) => setTyped(event.target.value.trim().toLowerCase())}
          />
          <Button
            buttonStyle="secondary"
            size="small"
            margin={false}
            onClick={() => {
              if (typed) choose(typed)
              setTyped('')
              setTyping(false)
            }}
          >
            {messageIn(language, T.languageOtherAdd)}
          </Button>
        </span>
      )}
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
