import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { LOCALES, type Locale } from '@di-san-so/site/snapshot'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import type { Config, Migration, PayloadRequest } from 'payload'
import sharp from 'sharp'
import { noHistoryWithoutVersions } from '../access/noHistoryWithoutVersions'
import { withArchiveAdmin } from '../admin/withArchiveAdmin'
import { AccessGrants } from '../collections/AccessGrants'
import { AuditLog } from '../collections/AuditLog'
import { CulturalLabels } from '../collections/CulturalLabels'
import { EthnicGroups } from '../collections/EthnicGroups'
import { HeritageItems } from '../collections/HeritageItems'
import { People } from '../collections/People'
import { Places } from '../collections/Places'
import { Subjects } from '../collections/Subjects'
import { createUsers } from '../collections/Users'
import { programmeReportEndpoint } from '../dashboard/reportEndpoint'
import { withEffects } from '../effects/withEffects'
import { auditFailedLogin } from '../hooks/audit'
import { badQueryIsTheClients } from '../hooks/badQueryIsTheClients'
import { withPublicQueryGuard } from '../hooks/guardPublicQueries'
import { reasonAsHeadline } from '../hooks/reasonAsHeadline'
import { ADMIN_TRANSLATIONS, withOurWords } from '../i18n/adminTranslations'
import { localMessage } from '../i18n/localMessage'
import { jobsConfig } from '../jobs/jobsConfig'
import { createMedia } from '../media/createMedia'
import { translateUploadErrors } from '../media/uploadErrors'
import { migrations } from '../migrations/sqlite'
import { searchTokenEndpoint } from '../searchIndex/endpoint'
import { analyzeDatabase } from './analyzeDatabase'
import { createDatabaseAdapter, databaseUrlFrom, parseDatabaseUrl } from './database'
import type { Env } from './Env'
import { graphQLLimits } from './graphQLLimits'
import { dataDir, findRepoRoot, makeDataPrivate } from './paths'
import { resolvePayloadSecret } from './secret'
import { secureCookies } from './secureCookies'
import { resolveServerUrl } from './serverUrl'
import { resolveSettings } from './settings'

const LOCALE_LABELS: Record<Locale, { vi: string; en: string }> = {
  vi: { vi: 'Tiếng Việt', en: 'Vietnamese' },
  en: { vi: 'Tiếng Anh', en: 'English' },
}

/** `cms/src`, for the CLI generators (import map, types); unused once Next has bundled the config. */
const SRC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The whole Payload configuration as a function of the environment, so tests can build an archive on
 * a fresh database without touching `process.env`.
 */
export function archiveConfig(env: Env): Config {
  const root = findRepoRoot()
  const data = dataDir(env, root)
  const target = parseDatabaseUrl(databaseUrlFrom(env, data), root)
  makeDataPrivate(data, target.kind === 'sqlite' ? [target.file] : [])
  const serverUrl = resolveServerUrl(env)
  const settings = resolveSettings(env)
  return {
    serverURL: serverUrl,
    // A session cookie counts only on requests from the archive's own pages (Payload also asks a request
    // without Origin to say it is same-site through Sec-Fetch-Site, as browsers do); CORS answers only them.
    csrf: serverUrl ? [serverUrl] : [],
    cors: serverUrl ? [serverUrl] : [],
    secret: resolvePayloadSecret(env, data),
    db: createDatabaseAdapter(target, root),
    endpoints: [searchTokenEndpoint, programmeReportEndpoint],
    collections: [
      HeritageItems,
      createMedia({ staticDir: path.join(data, 'media'), derivativesDir: path.join(data, 'derivatives') }),
      People,
      EthnicGroups,
      Places,
      Subjects,
      createUsers({ secureCookies: secureCookies(env) }),
      AccessGrants,
      CulturalLabels,
      AuditLog,
      // What each change sets off (site rebuild, search sync, places index, media access, audit): effects/effectsTable.ts
    ].map((collection) => withEffects(withPublicQueryGuard(noHistoryWithoutVersions(withArchiveAdmin(collection))))),
    admin: {
      user: 'users',
      meta: {
        titleSuffix: ' — Di sản số',
        description: 'Kho lưu trữ số di sản văn hóa phi vật thể của đồng bào dân tộc thiểu số Việt Nam',
        // Our mark, served by the CMS itself (cms/public), instead of Payload's.
        icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/di-san-so.svg' }],
        openGraph: { siteName: 'Di sản số', title: 'Di sản số', description: 'Di sản số' },
      },
      components: {
        graphics: {
          Logo: '/admin/components/ArchiveLogo#ArchiveLogo',
          Icon: '/admin/components/ArchiveIcon#ArchiveIcon',
        },
        // Rewords what Payload writes in English whatever the language; carries the admin stylesheet.
        providers: ['/admin/components/InterfaceWords#InterfaceWords'],
        // Each role's own dashboard instead of the collection tiles (the navigation lists the collections).
        views: {
          dashboard: { Component: '/dashboard/components/RoleDashboard#RoleDashboard' },
          // Issue 15: many files at once over tus, resumable after the tab is closed.
          batchUpload: { Component: '/media/upload-screen/BatchUploadView#BatchUploadView', path: '/tai-len' },
        },
      },
      // Payload's default avatar is Gravatar: it would send every officer's email hash abroad and shows
      // a broken image offline. The built-in icon needs no network.
      avatar: 'default',
      // Vietnamese order (day/month/year, 24-hour clock) instead of the US default.
      dateFormat: 'dd/MM/yyyy HH:mm',
      importMap: { baseDir: SRC_DIR },
    },
    i18n: {
      // Payload's own words with ours laid over them (adminTranslations.ts): no English left in Vietnamese.
      supportedLanguages: { vi: withOurWords(vi, ADMIN_TRANSLATIONS.vi), en: withOurWords(en, ADMIN_TRANSLATIONS.en) },
      translations: ADMIN_TRANSLATIONS,
      fallbackLanguage: 'vi',
    },
    // Content languages: Vietnamese first; English falls back to Vietnamese where it is missing.
    localization: {
      locales: LOCALES.map((code) => ({ code, label: LOCALE_LABELS[code] })),
      defaultLocale: 'vi',
      fallback: true,
    },
    sharp,
    // Uploads stream to temporary files instead of memory: festival recordings run to gigabytes.
    // MEDIA_MAX_UPLOAD_GB (default 8) caps one file: an hour of camcorder 1080p is 4–8 GB.
    upload: {
      useTempFiles: true,
      tempFileDir: path.join(data, 'uploads-in-progress'),
      limits: { fileSize: settings.media.maxUploadBytes },
      requestSizeLimit: settings.media.maxUploadBytes + 1024 ** 2,
      // A slow rural link may stall for minutes between chunks without the upload being lost.
      uploadTimeout: 10 * 60_000,
    },
    // Tasks, workflows, queues and which process runs which: jobs/jobsConfig.ts.
    jobs: jobsConfig(settings),
    // Types are generated on purpose (`npm run generate -w cms`) and checked by a test, never rewritten as a
    // side effect of starting Payload in development.
    typescript: { outputFile: path.join(SRC_DIR, 'payload-types.ts'), autoGenerate: false },
    graphQL: {
      disablePlaygroundInProduction: true,
      // Refuse requests that ask for too much at once (60 aliased lists was an attack); see GRAPHQL_LIMITS.
      validationRules: (args) => {
        const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
        return [graphQLLimits((text, values) => localMessage(req, text, values))]
      },
    },
    telemetry: false,
    // Every setting the running archive reads, resolved once (config/settings.ts): read with settingsOf(payload).
    custom: { settings },
    hooks: { afterError: [auditFailedLogin, reasonAsHeadline, translateUploadErrors, badQueryIsTheClients] },
    // Production applies committed migrations through `prodMigrations`; development and tests apply
    // the same files here, since schema push is off (see createDatabaseAdapter).
    // (The generated index types `up`/`down` with the SQLite adapter's own argument types, narrower than
    // the adapter-neutral `Migration` that `db.migrate` declares; the runtime shape is the same.)
    onInit: async (payload) => {
      if (target.kind === 'sqlite' && env.NODE_ENV !== 'production')
        await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
      if (target.kind === 'sqlite') await analyzeDatabase(payload)
    },
  }
}
