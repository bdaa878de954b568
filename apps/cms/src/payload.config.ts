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
import { publicApiPlugin } from './public/plugin'

const srcDir = path.dirname(fileURLToPath(import.meta.url))
const appRoot = path.resolve(srcDir, '..')

export default buildConfig({
  serverURL: process.env.SERVER_URL || '',
  secret: process.env.PAYLOAD_SECRET || '',
  admin: {
    user: Users.slug,
    importMap: { baseDir: srcDir },
    meta: { titleSuffix: ' – VIE' },
    dateFormat: 'dd.MM.yyyy HH:mm',
  },
  i18n: {
    supportedLanguages: { de, en },
    fallbackLanguage: 'de',
  },
  localization: {
    locales: [
      { code: 'de', label: { de: 'Deutsch', en: 'German' } },
      { code: 'en', label: { de: 'Englisch', en: 'English' } },
    ],
    defaultLocale: 'de',
    fallback: true,
  },
  collections,
  plugins: [publicApiPlugin()],
  db: createAdapter(chooseDatabase(process.env.DATABASE_URI, appRoot)),
  sharp,
  graphQL: { maxComplexity: 1000, disablePlaygroundInProduction: true },
  typescript: {
    outputFile: path.resolve(appRoot, '../../packages/types/src/payload-types.ts'),
    declare: false,
  },
  telemetry: false,
  onInit: bootstrap,
})
