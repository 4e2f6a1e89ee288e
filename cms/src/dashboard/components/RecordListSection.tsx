import { formatVietnamTime } from '../../review/formatVietnamTime'
import { editHref, listHref } from '../adminHref'
import type { RecordList } from '../loadRecordLists'
import type { Say } from '../sayIn'

type Props = { id: string; title: string; list: RecordList; adminRoute: string; say: Say; showNote?: boolean }

/** One list of records on the dashboard: each links to its edit view, and to its public page once published. */
export function RecordListSection({ id, title, list, adminRoute, say, showNote = false }: Props) {
  return (
    <section className="dss-dashboard__card" data-testid={`dashboard-${id}`} aria-labelledby={`dashboard-${id}-title`}>
      <h2 id={`dashboard-${id}-title`}>
        {title} <span className="dss-dashboard__count">{list.total}</span>
      </h2>
      {list.items.length === 0 ? (
        <p className="dss-dashboard__empty">{say('dashboardNothing')}</p>
      ) : (
        <ul className="dss-dashboard__list">
          {list.items.map((item) => (
            <li key={String(item.id)} data-testid="dashboard-record">
              <a className="dss-dashboard__title" href={editHref(adminRoute, 'heritage-items', item.id)}>
                {item.title}
              </a>
              <span className="dss-dashboard__meta">
                {say('dashboardUpdated', { date: formatVietnamTime(item.updatedAt) })}
                {item.publicUrl ? (
                  <>
                    {' · '}
                    <a href={item.publicUrl} target="_blank" rel="noopener noreferrer">
                      {say('dashboardPublicPage')}
                    </a>
                  </>
                ) : null}
              </span>
              {showNote ? (
                <blockquote className="dss-dashboard__note" data-testid="dashboard-note">
                  <strong>{say('dashboardNoteBy', { date: formatVietnamTime(item.sentBack?.at) })}</strong>{' '}
                  {item.sentBack?.note || say('dashboardNoNote')}
                </blockquote>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {list.total > list.items.length ? (
        <a className="dss-dashboard__more" href={listHref(adminRoute, list.where)}>
          {say('dashboardMore', { count: String(list.total) })}
        </a>
      ) : null}
    </section>
  )
}
