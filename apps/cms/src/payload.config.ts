import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { fileURLToPath } from 'node:url'

import { bootstrap } from './boot/bootstrap'
import { collections } from './collections'
import { chooseDatabase } from './db/chooseDatabase'
import { createAdapter } from './db/createAdapter'
import { Users } from './collections/Users'
import { editorialEndpoints } from './endpoints'
import { depthLimit } from './graphql/depthLimit'
import { jobsConfig } from './jobs/jobsConfig'
import { publicApiPlugin } from './public/plugin'
import { whereDateGuardPlugin } from './validation/whereDateGuard'
import { importExportEndpoints } from './endpoints/importExport'
import { withEditorTools } from './components/admin/editorTools'
import { timeZoneOptions } from './domain/timeZones'
import { adminTranslations } from './admin/translations'
import { withEditorialIntegrity } from './collections/withEditorialIntegrity'
import { BODY_LIMIT_BYTES } from './config/requestLimits'
import { nodemailerAdapter } from './email/nodemailerAdapter'

const srcDir = path.dirname(fileURLToPath(import.meta.url))
const appRoot = path.resolve(srcDir, '..')

export default buildConfig({
  serverURL: process.env.SERVER_URL || '',
  secret: process.env.PAYLOAD_SECRET || '',
  admin: {
    user: Users.slug,
    importMap: { baseDir: srcDir },
    meta: { titleSuffix: ' – VIE' },
    // Gravatar would send every editor's e-mail hash to a third party on each admin page.
    avatar: 'default',
    components: {
      graphics: {
        Logo: '/components/admin/Logo',
        Icon: '/components/admin/Icon',
      },
      afterNavLinks: ['/components/admin/shared/EditorNavLinks'],
      views: {
        dashboard: { Component: '/components/admin/dashboard/Dashboard' },
        embedBuilder: { Component: '/components/admin/embedBuilder/EmbedBuilderView', path: '/embed-builder', exact: true },
        importExport: { Component: '/components/admin/importExport/ImportExportView', path: '/import-export', exact: true },
      },
    },
    dateFormat: 'dd.MM.yyyy HH:mm',
    timezones: { supportedTimezones: timeZoneOptions(), defaultTimezone: 'Europe/Berlin' },
  },
  i18n: {
    supportedLanguages: { de, en },
    fallbackLanguage: 'de',
    translations: adminTranslations,
  },
  localization: {
    // Each language named in itself: readable in either admin language, and Payload's label
    // lookup fails for regional browser languages such as en-GB when labels are per language.
    locales: [
      { code: 'de', label: 'Deutsch' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'de',
    fallback: true,
  },
  collections: withEditorTools(withEditorialIntegrity(collections)),
  // Busboy's default of 1 MB a field would refuse an oversized text before its field rule can
  // name it; larger requests are refused by server/bodySizeLimit.ts with a message of their own.
  bodyParser: { limits: { fieldSize: BODY_LIMIT_BYTES } },
  jobs: jobsConfig,
  email: nodemailerAdapter(),
  endpoints: [...editorialEndpoints, ...importExportEndpoints],
  plugins: [publicApiPlugin(), whereDateGuardPlugin()],
  db: createAdapter(chooseDatabase(process.env.DATABASE_URI, appRoot)),
  sharp,
  // Depth and cost limits keep one query from walking the relation graph without end.
  graphQL: { maxComplexity: 1000, validationRules: () => [depthLimit()], disablePlaygroundInProduction: true },
  typescript: {
    outputFile: path.resolve(appRoot, '../../packages/types/src/payload-types.ts'),
    declare: false,
    // Types are generated on purpose (`pnpm generate:types`) and checked by a test; generating
    // them on every dev start would rewrite the shared contract from whatever adapter ran.
    autoGenerate: false,
  },
  telemetry: false,
  // Unset: Payload's readable console output. Set: structured JSON lines at that level, which is
  // what log collectors in production want.
  ...(process.env.LOG_LEVEL?.trim() ? { logger: { options: { level: process.env.LOG_LEVEL.trim() } } } : {}),
  onInit: bootstrap,
})
