import type { Endpoint, PayloadRequest } from 'payload'

import { isStaff, userOf } from '../access/scope'
import { localMessage } from '../i18n/localMessage'
import { MESSAGES } from '../i18n/messages'
import { loadProgramme } from './loadProgramme'
import { reportCsv, reportXlsx } from './reportFiles'

const FORMATS = {
  'programme.xlsx': {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  },
  'programme.csv': { type: 'text/csv; charset=utf-8', extension: 'csv' },
} as const

const refuse = (req: PayloadRequest, status: number, key: keyof typeof MESSAGES) =>
  Response.json({ errors: [{ message: localMessage(req, MESSAGES[key]) }] }, { status })

/**
 * GET /api/reports/programme.xlsx and /api/reports/programme.csv: the programme figures for the periodic
 * report, for staff only, over the records of the caller's provinces that they may read (`loadProgramme`).
 * In the caller's admin language. Query strings are ignored.
 */
export const programmeReportEndpoint: Endpoint = {
  path: '/reports/:file',
  method: 'get',
  handler: async (req) => {
    const file = String(req.routeParams?.file ?? '')
    if (!Object.hasOwn(FORMATS, file)) return refuse(req, 404, 'reportUnknownFormat')
    if (!req.user) return refuse(req, 401, 'reportSignIn')
    if (!isStaff(userOf(req))) return refuse(req, 403, 'reportStaffOnly')
    const report = await loadProgramme(req, req.i18n?.language === 'en' ? 'en' : 'vi')
    if (!report) return refuse(req, 403, 'reportStaffOnly')
    const format = FORMATS[file as keyof typeof FORMATS]
    const body = format.extension === 'xlsx' ? new Uint8Array(await reportXlsx(report)) : reportCsv(report)
    const day = report.generatedAt.slice(0, 10)
    return new Response(body, {
      headers: {
        'Content-Type': format.type,
        'Content-Disposition': `attachment; filename="so-lieu-chuong-trinh-${day}.${format.extension}"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
}
