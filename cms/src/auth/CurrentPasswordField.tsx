'use client'
import { FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/**
 * The "current password" box on one's own account page: a masked input that the browser's password
 * manager fills. (Payload's PasswordField is made for the `password` field itself and disturbs its
 * validation when used for another one.)
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => {
  const fieldPath = path ?? field.name
  const { value, setValue, showError, errorMessage } = useField<string>({ potentiallyStalePath: fieldPath })
  return (
    <div className={`field-type password${showError ? ' error' : ''}`}>
      <FieldLabel label={field.label} path={fieldPath} />
      <div className="field-type__wrap">
        <FieldError message={errorMessage} path={fieldPath} showError={showError} />
        <input
          id={`field-${fieldPath.replace(/\./g, '__')}`}
          name={fieldPath}
          type="password"
          autoComplete="current-password"
          value={value ?? ''}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
    </div>
  )
}
