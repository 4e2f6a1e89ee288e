'use client'
import { type FormEvent, useState } from 'react'

import { UPLOAD_RECOVERY_TEXT as T } from '../../i18n/messages'

type Lang = 'vi' | 'en'
type Props = { lang: Lang; message: string; onSignedIn: () => void }

/**
 * "Đăng nhập và tiếp tục": shown when the server answered `signed-out`. A small form on the page itself posts
 * to /api/users/login, so the page, its files and Uppy's state stay; `onSignedIn` then continues the uploads
 * (tus asks the server where each one stopped and sends only the rest).
 */
export function SignInAgain({ lang, message, onSignedIn }: Props) {
  const [refused, setRefused] = useState(false)
  const [busy, setBusy] = useState(false)
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    const response = await fetch('/api/users/login', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: form.get('email'), password: form.get('password') }),
    }).catch((error: unknown) => {
      console.warn('[upload-screen] sign-in failed', error)
      return undefined
    })
    setBusy(false)
    setRefused(!response?.ok)
    if (response?.ok) onSignedIn()
  }
  return (
    <form className="dss-upload__signin" data-testid="upload-signin" onSubmit={submit}>
      <h2>{T.signInHeading[lang]}</h2>
      <p role="alert">{message}</p>
      <p className="field-description">{T.signInHint[lang]}</p>
      <label>
        {T.email[lang]}
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        {T.password[lang]}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {refused && <p role="alert">{T.signInRefused[lang]}</p>}
      <button type="submit" className="btn btn--style-primary" disabled={busy}>
        {T.signInAndContinue[lang]}
      </button>
    </form>
  )
}
