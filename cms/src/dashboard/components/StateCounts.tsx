import type { Where } from 'payload'

import { REVIEW_STATE_LABELS, REVIEW_STATES, type ReviewState } from '../../lib/reviewWorkflow'
import { listHref } from '../adminHref'
import type { Lang, Say } from '../sayIn'
import { within } from '../viewerScope'

type Props = { counts: Record<ReviewState, number>; scope: Where; adminRoute: string; lang: Lang; say: Say }

/** How many records are in each review state, each a link to that list in the admin. */
export function StateCounts({ counts, scope, adminRoute, lang, say }: Props) {
  return (
    <section className="dss-dashboard__card dss-dashboard__wide" data-testid="dashboard-counts">
      <h2>{say('dashboardCounts')}</h2>
      <ul className="dss-dashboard__counts">
        {REVIEW_STATES.map((state) => (
          <li key={state} data-state={state}>
            <a href={listHref(adminRoute, within(scope, { reviewState: { equals: state } }))}>
              <span className="dss-dashboard__number" data-testid={`count-${state}`}>
                {counts[state]}
              </span>
              <span>{REVIEW_STATE_LABELS[state][lang]}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
