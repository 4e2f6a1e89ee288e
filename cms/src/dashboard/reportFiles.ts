import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'

import type { ProgrammeReport } from './loadProgramme'
import { inertText, reportTable, reportText } from './reportTable'

/** The programme figures as CSV (UTF-8 with a BOM, so spreadsheets read the diacritics). */
export function reportCsv(report: ProgrammeReport): string {
  const { header, body } = reportTable(report.rows, report.lang)
  return stringify([header, ...body.map((row) => row.map(inertText))], { bom: true })
}

/** The programme figures as an Excel workbook: the table on the first sheet, how it is counted on the second. */
export async function reportXlsx(report: ProgrammeReport): Promise<Buffer> {
  const { header, body } = reportTable(report.rows, report.lang)
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Di sản số'
  workbook.created = new Date(report.generatedAt)
  const sheet = workbook.addWorksheet(reportText(report.lang, 'reportTitle'))
  sheet.addRow(header).font = { bold: true }
  for (const row of body) sheet.addRow(row.map(inertText))
  sheet.columns.forEach((column, index) => {
    column.width = index === 1 ? 36 : index === 0 ? 14 : 16
  })
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  const notes = workbook.addWorksheet(reportText(report.lang, 'reportNotesSheet'))
  notes.addRow([reportText(report.lang, 'reportNotes')])
  notes.addRow([report.generatedAt])
  notes.getColumn(1).width = 120
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
