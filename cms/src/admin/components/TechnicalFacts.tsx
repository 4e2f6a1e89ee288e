'use client'
import { getTranslation } from '@payloadcms/translations'
import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'

import { technicalFacts } from '../technicalFacts'

/**
 * The media's `technical` field, read-only, without Payload's JSON editor (Monaco, which loads from a CDN and
 * is empty offline): the key facts as a list, and the whole record folded away as formatted text.
 */
export const TechnicalFacts: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  const { i18n, t } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const facts = technicalFacts(value, language)
  const label = getTranslation(field.label ?? field.name, i18n)
  return (
    <div className="field-type technical-facts" id={`field-${field.name}`}>
      <FieldLabel label={label} path={path} />
      {facts.length ? (
        <dl>
          {facts.map((fact) => (
            <div key={fact.label} style={{ display: 'contents' }}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{t('archive:technicalEmpty' as never)}</p>
      )}
      {value ? (
        <details>
          <summary>{t('archive:technicalAll' as never)}</summary>
          <pre>{JSON.stringify(value, null, 2)}</pre>
        </details>
      ) : null}
    </div>
  )
}
