import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { mayUpload } from '../../access/mediaScope'
import { userOf } from '../../access/scope'
import { UPLOAD_SCREEN_TEXT as T } from '../../i18n/messages'
import { BatchUploader } from './BatchUploader'

/** "Tải lên nhiều tệp": the admin view at /admin/tai-len, inside the admin's frame (navigation, header). */
export function BatchUploadView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const lang = req.i18n.language === 'en' ? 'en' : 'vi'
  const allowed = mayUpload(userOf(req))
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: '1.5rem 0 0.5rem' }}>{T.title[lang]}</h1>
        <p className="field-description">{T.intro[lang]}</p>
        {allowed ? (
          <BatchUploader lang={lang} adminRoute={req.payload.config.routes.admin} />
        ) : (
          <p role="alert">{req.i18n.t('error:unauthorized')}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
