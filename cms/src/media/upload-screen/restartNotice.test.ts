import type { Meta, UppyFile } from '@uppy/core'
import type { TusBody } from '@uppy/tus'
import { describe, expect, it } from 'vitest'

import { restartNotice } from './restartNotice'

type Hook = ReturnType<typeof restartNotice>
const request = (method: string, url: string) => ({ getMethod: () => method, getURL: () => url }) as Parameters<Hook>[0]
const response = (status: number) => ({ getStatus: () => status }) as Parameters<Hook>[1]
const files = () =>
  [{ name: 'Múa xoang.wav', tus: { uploadUrl: 'http://localhost:3000/api/uploads/abc' } }] as UppyFile<Meta, TusBody>[]

describe('restartNotice', () => {
  it('names the file whose upload the server no longer has', () => {
    const told: string[] = []
    const hook = restartNotice(files, (name) => told.push(name))
    hook(request('HEAD', 'http://localhost:3000/api/uploads/abc'), response(404))
    hook(request('HEAD', 'http://localhost:3000/api/uploads/abc'), response(410))
    expect(told).toEqual(['Múa xoang.wav', 'Múa xoang.wav'])
  })
  it('says nothing for a found upload or another request', () => {
    const told: string[] = []
    const hook = restartNotice(files, (name) => told.push(name))
    hook(request('HEAD', 'http://localhost:3000/api/uploads/abc'), response(200))
    hook(request('PATCH', 'http://localhost:3000/api/uploads/abc'), response(404))
    expect(told).toEqual([])
  })
})
