'use client'
import { uploadProgress } from './uploadProgressStore'

/**
 * True for the admin saving a media record together with its file: a multipart POST or PATCH to
 * `/api/media` or `/api/media/{id}` whose form carries `file`. Everything else goes to `fetch` untouched.
 */
export function isMediaUpload(url: string, init: RequestInit | undefined, base: string): boolean {
  if (!(init?.body instanceof FormData) || !(init.body.get('file') instanceof Blob)) return false
  const method = (init.method ?? 'GET').toUpperCase()
  if (method !== 'POST' && method !== 'PATCH') return false
  return /\/api\/media(\/[^/]+)?$/.test(new URL(url, base).pathname)
}

/**
 * Sends the request `fetch` would have sent (same URL, method, headers, cookies, multipart body) with
 * XMLHttpRequest, whose `upload.onprogress` reports the bytes sent; answers a `Response` like `fetch`, so
 * Payload's form handles the result (redirect to the new record, field errors, our refusal toasts) as before.
 */
export function sendWithProgress(url: string, init: RequestInit): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open((init.method ?? 'POST').toUpperCase(), url)
    xhr.withCredentials = true
    xhr.responseType = 'arraybuffer'
    for (const [name, value] of new Headers(init.headers).entries()) xhr.setRequestHeader(name, value)
    const startedAt = Date.now()
    uploadProgress.set({ loaded: 0, total: 0, startedAt, at: startedAt, sent: false })
    xhr.upload.onprogress = (event) =>
      uploadProgress.set({ loaded: event.loaded, total: event.total, startedAt, at: Date.now(), sent: false })
    xhr.upload.onload = () => {
      const last = uploadProgress.get()
      if (last) uploadProgress.set({ ...last, loaded: last.total, at: Date.now(), sent: true })
    }
    xhr.onload = () => {
      uploadProgress.set(null)
      const headers = new Headers()
      for (const line of xhr.getAllResponseHeaders().trim().split(/\r?\n/)) {
        const colon = line.indexOf(':')
        if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim())
      }
      const empty = xhr.status === 204 || xhr.status === 304
      resolve(new Response(empty ? null : (xhr.response as ArrayBuffer), { status: xhr.status, headers }))
    }
    const fail = (reason: string) => () => {
      uploadProgress.set(null)
      reject(new TypeError(`[media] upload ${reason}: ${url}`))
    }
    xhr.onerror = fail('failed (network)')
    xhr.onabort = fail('aborted')
    init.signal?.addEventListener('abort', () => xhr.abort())
    xhr.send(init.body as FormData)
  })
}

let installed = 0
let original: typeof fetch | undefined

/**
 * While a media form is open, `fetch` sends media uploads through `sendWithProgress` (Payload's form submits
 * with `fetch`, which reports no upload progress). Counted, so a drawer inside the form keeps it installed.
 * Returns the uninstaller.
 */
export function installUploadProgress(): () => void {
  if (installed++ === 0) {
    const plain = window.fetch.bind(window)
    original = plain
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      // Payload's form passes a URL string; a Request object is never an admin save.
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : undefined
      return url && init && isMediaUpload(url, init, window.location.href)
        ? sendWithProgress(url, init)
        : plain(input, init)
    }
  }
  return () => {
    if (--installed === 0 && original) {
      window.fetch = original
      original = undefined
    }
  }
}
