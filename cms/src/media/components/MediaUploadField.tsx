'use client'
import {
  Button,
  FieldDescription,
  FieldError,
  FieldLabel,
  useDocumentDrawer,
  useField,
  useListDrawer,
  useTranslation,
} from '@payloadcms/ui'
import type { UploadFieldClientComponent } from 'payload'

import { messageIn } from '../../i18n/localMessage'
import { MEDIA_FORM_TEXT as T } from '../../i18n/messages'
import { MediaThumb, mediaLabel } from './MediaThumb'
import { useMediaSummaries } from './useMediaSummaries'

type Id = string | number
const idOf = (value: unknown): Id | undefined =>
  typeof value === 'object' && value !== null && 'id' in value ? (value as { id: Id }).id : (value as Id | undefined)

const CARD: React.CSSProperties = {
  display: 'flex',
  alignItems: 'center',
  gap: '0.6rem',
  flexWrap: 'wrap',
  padding: '0.4rem',
  border: '1px solid var(--theme-elevation-150, #ddd)',
  borderRadius: '4px',
  marginBottom: '0.4rem',
}

/**
 * An upload field pointing at media, as an officer reads it: each file as its thumbnail (or poster, or a
 * waveform icon) and caption, else its uploaded name — never the random stored name — in order, with up,
 * down and remove; files are added from the library picker (which searches captions) or uploaded new.
 */
export const MediaUploadField: UploadFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const path = pathFromProps ?? field.name
  const { i18n } = useTranslation()
  const language = i18n.language
  const hasMany = Boolean(field.hasMany)
  const { value, setValue, showError, disabled, filterOptions } = useField<unknown>({ path })
  const ids: Id[] = (Array.isArray(value) ? value : value == null ? [] : [value])
    .map(idOf)
    .filter((id): id is Id => id != null)
  const found = useMediaSummaries(ids, language)
  const locked = Boolean(readOnly || disabled)
  const [ListDrawer, , { openDrawer: openLibrary, closeDrawer: closeLibrary }] = useListDrawer({
    collectionSlugs: ['media'],
    uploads: true,
    filterOptions,
  })
  const [UploadDrawer, , { openDrawer: openUpload }] = useDocumentDrawer({ collectionSlug: 'media' })
  const save = (next: Id[]) => setValue(hasMany ? next : (next.at(-1) ?? null))
  const add = (id: Id) => save(hasMany ? [...ids.filter((other) => String(other) !== String(id)), id] : [id])
  const move = (index: number, by: number) => {
    const next = [...ids]
    const [moved] = next.splice(index, 1)
    next.splice(index + by, 0, moved as Id)
    save(next)
  }
  const label = typeof field.label === 'object' ? (field.label as Record<string, string>)[language] : field.label
  return (
    <div className="field-type upload" id={`field-${path.replace(/\./g, '__')}`} data-testid={`media-field-${path}`}>
      <FieldLabel label={field.label} path={path} required={field.required} />
      <FieldError path={path} showError={showError} />
      {ids.length === 0 && <p>{messageIn(language, T.noFiles)}</p>}
      <ol style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={label || undefined}>
        {ids.map((id, index) => {
          const doc = found.get(String(id)) ?? { id }
          return (
            <li key={String(id)} style={CARD} data-testid="media-field-item">
              <MediaThumb doc={doc} language={language} />
              <span style={{ flex: '1 1 10rem', minWidth: 0 }}>
                <strong data-testid="media-field-caption">
                  {found.has(String(id)) ? mediaLabel(doc, language) : `ID: ${id}`}
                </strong>
                {doc.caption && doc.originalFilename && (
                  <span style={{ display: 'block', fontSize: '0.85em' }}>{doc.originalFilename}</span>
                )}
              </span>
              {!locked && (
                <span style={{ display: 'flex', gap: '0.3rem' }}>
                  {hasMany && index > 0 && (
                    <Button buttonStyle="secondary" size="small" margin={false} onClick={() => move(index, -1)}>
                      {messageIn(language, T.moveUp)}
                    </Button>
                  )}
                  {hasMany && index < ids.length - 1 && (
                    <Button buttonStyle="secondary" size="small" margin={false} onClick={() => move(index, 1)}>
                      {messageIn(language, T.moveDown)}
                    </Button>
                  )}
                  <Button
                    buttonStyle="secondary"
                    size="small"
                    margin={false}
                    onClick={() => save(ids.filter((_, other) => other !== index))}
                  >
                    {messageIn(language, T.remove)}
                  </Button>
                </span>
              )}
            </li>
          )
        })}
      </ol>
      {!locked && (hasMany || ids.length === 0) && (
        <span style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
          <Button buttonStyle="pill" size="small" margin={false} onClick={openLibrary}>
            {messageIn(language, T.chooseFromLibrary)}
          </Button>
          <Button buttonStyle="pill" size="small" margin={false} onClick={openUpload}>
            {messageIn(language, T.uploadNew)}
          </Button>
        </span>
      )}
      <FieldDescription description={field.admin?.description} path={path} />
      <ListDrawer
        onSelect={({ doc }) => {
          add(doc.id as Id)
          closeLibrary()
        }}
      />
      <UploadDrawer onSave={({ doc }) => add(doc.id)} />
    </div>
  )
}
