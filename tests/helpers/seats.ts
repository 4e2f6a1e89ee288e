import { expect } from 'vitest'

import { call, login } from './http'

type Id = number | string

/** The password of every account the seats make (long, letters and digits, not common). */
export const SEAT_PASSWORD = 'mot-mat-khau-dai-2026'

/** The first account registered on a fresh server (the admin); its session cookie. */
export async function firstAdmin(url: string, email = 'admin@vi-du.vn'): Promise<string> {
  const admin = await call(`${url}/api/users/first-register`, {
    method: 'POST',
    body: { email, password: SEAT_PASSWORD, 'confirm-password': SEAT_PASSWORD, roles: ['admin'] },
  })
  expect(admin.status, admin.text).toBe(200)
  return (await login(url, email, SEAT_PASSWORD)).cookie
}

/** The demo's provinces and groups the seats work in: Đắk Lắk (Ê Đê) and Gia Lai (Gia Rai). */
export async function demoScope(
  url: string,
  adminCookie: string,
): Promise<Record<'dakLak' | 'giaLai' | 'ede' | 'giaRai', Id>> {
  const first = async (query: string) => {
    const reply = await call(`${url}/api/${query}&depth=0`, { cookie: adminCookie })
    const id = (reply.json().docs as { id: Id }[])[0]?.id
    expect(id, query).toBeDefined()
    return id as Id
  }
  return {
    dakLak: await first(`places?where[name][equals]=${encodeURIComponent('tỉnh Đắk Lắk')}`),
    giaLai: await first(`places?where[name][equals]=${encodeURIComponent('tỉnh Gia Lai')}`),
    ede: await first('ethnic-groups?where[slug][equals]=e-de'),
    giaRai: await first('ethnic-groups?where[slug][equals]=gia-rai'),
  }
}

/** An account the admin makes through the API, signed in: its id and session cookie. */
export async function seat(
  url: string,
  adminCookie: string,
  email: string,
  roles: string[],
  provinces: Id[] = [],
): Promise<{ id: Id; cookie: string }> {
  const made = await call(`${url}/api/users`, {
    method: 'POST',
    cookie: adminCookie,
    body: { email, password: SEAT_PASSWORD, roles, provinces },
  })
  expect(made.status, made.text).toBe(201)
  return { id: (made.json().doc as { id: Id }).id, cookie: (await login(url, email, SEAT_PASSWORD)).cookie }
}

/** An item the admin walks through the workflow — submitted, approved, published; its id. */
export async function publishedItem(url: string, adminCookie: string, body: Record<string, unknown>): Promise<Id> {
  const save = async (path: string, data: unknown, method = 'PATCH') => {
    const reply = await call(`${url}${path}`, { method, cookie: adminCookie, body: data })
    expect(reply.status, reply.text).toBeLessThan(300)
    return reply.json().doc as { id: Id }
  }
  const { id } = await save('/api/heritage-items?draft=true', { ...body, reviewState: 'submitted' }, 'POST')
  await save(`/api/heritage-items/${id}?draft=true`, { reviewState: 'approved' })
  await save(`/api/heritage-items/${id}?draft=false`, { _status: 'published' })
  return id
}
