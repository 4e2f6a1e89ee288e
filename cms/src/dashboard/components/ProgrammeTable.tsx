import type { ProgrammeReport } from '../loadProgramme'
import { reportTable } from '../reportTable'
import type { Say } from '../sayIn'

type Props = { report: ProgrammeReport; apiRoute: string; scopeNote: string; say: Say }

const number = (lang: string) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 })

/** The programme figures as a table (the same rows as the XLSX and CSV downloads), with the two downloads. */
export function ProgrammeTable({ report, apiRoute, scopeNote, say }: Props) {
  const { header, body } = reportTable(report.rows, report.lang)
  const format = number(report.lang)
  return (
    <section className="dss-dashboard__card dss-dashboard__wide" data-testid="dashboard-programme">
      <h2>{say('reportTitle')}</h2>
      <p>{say('reportIntro', { scope: scopeNote })}</p>
      <p className="dss-dashboard__downloads">
        <a className="btn btn--style-secondary btn--size-small" href={`${apiRoute}/reports/programme.xlsx`} download>
          {say('reportDownloadXlsx')}
        </a>
        <a className="btn btn--style-secondary btn--size-small" href={`${apiRoute}/reports/programme.csv`} download>
          {say('reportDownloadCsv')}
        </a>
      </p>
      <div className="dss-dashboard__scroll">
        <table className="dss-dashboard__table">
          <thead>
            <tr>
              {header.map((cell) => (
                <th key={cell} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {body.map((row, index) => (
              <tr
                key={`${report.rows[index]?.dimension}-${report.rows[index]?.key}`}
                data-dimension={report.rows[index]?.dimension}
              >
                {row.map((cell, column) =>
                  column < 2 ? (
                    <th key={header[column]} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={header[column]}>{typeof cell === 'number' ? format.format(cell) : cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="dss-dashboard__meta">{say('reportNotes')}</p>
    </section>
  )
}
