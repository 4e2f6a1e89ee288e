import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { mayUpload } from '../../access/mediaScope'
import { userOf } from '../../access/scope'
import { UPLOAD_SCREEN_TEXT } from '../../i18n/messages'
import { loadDashboard } from '../loadDashboard'
import { type Lang, sayIn } from '../sayIn'
import { viewerScope } from '../viewerScope'
import { MediaSection } from './MediaSection'
import { ProgrammeTable } from './ProgrammeTable'
import { RecordListSection } from './RecordListSection'
import { StateCounts } from './StateCounts'
import './dashboard.css'

/**
 * The admin's home page for the signed-in user's role (replaces Payload's collection tiles; the navigation
 * still lists every collection): their work lists, unfinished media, counts by state and the programme
 * figures, in the admin's language. Rendered on the server with the user's own access; no script.
 */
export async function RoleDashboard({ initPageResult, i18n }: AdminViewServerProps) {
  const { req } = initPageResult
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi'
  const say = sayIn(lang)
  const { admin: adminRoute, api: apiRoute } = req.payload.config.routes
  const data = await loadDashboard(req, lang)
  const heading = <h1 className="dss-dashboard__heading">{say('dashboardTitle')}</h1>
  if (data.kind !== 'staff') {
    return (
      <Gutter className="dss-dashboard">
        <div data-testid="role-dashboard">
          {heading}
          <p>{say(data.kind === 'researcher' ? 'dashboardResearcher' : 'dashboardNoProvince')}</p>
        </div>
      </Gutter>
    )
  }
  const scopeNote =
    data.scope === 'all'
      ? say('dashboardScopeAll')
      : say('dashboardScopeProvinces', { provinces: data.provinces.join(', ') })
  const scope = viewerScope(userOf(req)) ?? {}
  const { lists } = data
  const section = (id: keyof typeof lists, title: Parameters<typeof say>[0], showNote = false) => {
    const list = lists[id]
    return list ? (
      <RecordListSection id={id} title={say(title)} list={list} adminRoute={adminRoute} say={say} showNote={showNote} />
    ) : null
  }
  return (
    <Gutter className="dss-dashboard">
      <div data-testid="role-dashboard">
        {heading}
        <p className="dss-dashboard__scope" data-testid="dashboard-scope">
          {scopeNote}
        </p>
        {mayUpload(userOf(req)) ? (
          <p>
            <a
              className="btn btn--style-primary btn--size-small"
              href={`${adminRoute}/tai-len`}
              data-testid="dashboard-upload-many"
            >
              {UPLOAD_SCREEN_TEXT.linkFromList[lang]}
            </a>
          </p>
        ) : null}
        <div className="dss-dashboard__grid">
          {section('sentBack', 'dashboardSentBack', true)}
          {section('myDrafts', 'dashboardMyDrafts')}
          {section('awaiting', 'dashboardAwaitingReview')}
          {section('approved', 'dashboardApproved')}
          {section('published', 'dashboardRecentlyPublished')}
          <MediaSection media={data.media} adminRoute={adminRoute} lang={lang} say={say} />
          <StateCounts counts={data.counts} scope={scope} adminRoute={adminRoute} lang={lang} say={say} />
          {data.programme ? (
            <ProgrammeTable
              report={data.programme}
              apiRoute={apiRoute}
              scopeNote={data.scope === 'all' ? '' : ` (${scopeNote})`}
              say={say}
            />
          ) : null}
        </div>
      </div>
    </Gutter>
  )
}
