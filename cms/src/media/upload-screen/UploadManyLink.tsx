'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'

import { UPLOAD_SCREEN_TEXT as T } from '../../i18n/messages'

/** Above the Media list: the way to the batch upload screen. */
export function UploadManyLink() {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const lang = i18n.language === 'en' ? 'en' : 'vi'
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a
        className="btn btn--style-secondary btn--size-small"
        href={`${config.routes.admin}/tai-len`}
        data-testid="upload-many-link"
      >
        {T.linkFromList[lang]}
      </a>
    </p>
  )
}
