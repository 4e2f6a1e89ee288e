import { PROCESSING_ERRORS, PROCESSING_STATUSES } from '../../media/messages'
import { editHref, listHref } from '../adminHref'
import { type MediaEntry, UNFINISHED } from '../loadMediaInProgress'
import type { Lang, Say } from '../sayIn'

type Props = { media: { entries: MediaEntry[]; total: number }; adminRoute: string; lang: Lang; say: Say }

/** Files still being processed or failed, with the reason, and links to the file and to each record using it. */
export function MediaSection({ media, adminRoute, lang, say }: Props) {
  return (
    <section className="dss-dashboard__card" data-testid="dashboard-media">
      <h2>
        {say('dashboardMedia')} <span className="dss-dashboard__count">{media.total}</span>
      </h2>
      {media.entries.length === 0 ? (
        <p className="dss-dashboard__empty">{say('dashboardNoMedia')}</p>
      ) : (
        <ul className="dss-dashboard__list">
          {media.entries.map((entry) => {
            const status = PROCESSING_STATUSES[entry.status as keyof typeof PROCESSING_STATUSES]?.[lang] ?? entry.status
            const error = PROCESSING_ERRORS[entry.errorCode as keyof typeof PROCESSING_ERRORS]?.[lang]
            return (
              <li key={String(entry.id)} data-testid="dashboard-media-entry" data-status={entry.status}>
                <a className="dss-dashboard__title" href={editHref(adminRoute, 'media', entry.id)}>
                  {entry.name}
                </a>
                {entry.caption ? <span className="dss-dashboard__meta">{entry.caption}</span> : null}
                <span className={`dss-dashboard__status dss-dashboard__status--${entry.status}`}>
                  {status}
                  {entry.status === 'failed' || entry.percent == null ? '' : ` ${Math.round(entry.percent)} %`}
                </span>
                {entry.status === 'failed' && error ? <span className="dss-dashboard__meta">{error}</span> : null}
                <span className="dss-dashboard__meta">
                  {entry.usedBy.length ? `${say('dashboardUsedBy')} ` : say('dashboardUnused')}
                  {entry.usedBy.map((item, index) => (
                    <span key={String(item.id)}>
                      {index ? ', ' : ''}
                      <a href={editHref(adminRoute, 'heritage-items', item.id)}>{item.title}</a>
                    </span>
                  ))}
                </span>
              </li>
            )
          })}
        </ul>
      )}
      {media.total > media.entries.length ? (
        <a
          className="dss-dashboard__more"
          href={listHref(adminRoute, { 'processing.status': { in: UNFINISHED } }, 'media')}
        >
          {say('dashboardMore', { count: String(media.total) })}
        </a>
      ) : null}
    </section>
  )
}
