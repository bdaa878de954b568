import type { AdminViewServerProps } from 'payload'

import { elementCatalog } from '../../../embed/elementCatalog'
import { embedText } from '../../../embed/embedText'
import { widgetBundle } from '../../../embed/widgetBundle'
import { AdminPage } from '../shared/AdminPage'
import { EmbedBuilder } from './EmbedBuilder'
import type { BuilderElement } from './model'
import { recordOptions, vocabularies } from './options'
import { presetFrom } from './preset'
import { adminLang } from './text'

const LABEL_KEYS = {
  'vie-network-card': 'networkCard',
  'vie-network-list': 'networkList',
  'vie-event-list': 'eventList',
  'vie-tandem-card': 'tandemCard',
  'vie-partner-finder': 'partnerFinder',
  'vie-map': 'map',
  'vie-network-stats': 'networkStats',
} as const

/** `/admin/embed-builder`: the snippet builder with a live preview of the served widget bundle. */
export default async function EmbedBuilderView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const lang = adminLang(req.i18n.language)
  const t = embedText(lang)
  // In the order of LABEL_KEYS: the card first, as most embeds show one network.
  const elements: BuilderElement[] = Object.entries(LABEL_KEYS).flatMap(([tag, key]) => {
    const element = elementCatalog().find((e) => e.tag === tag)
    return element ? [{ tag, label: t[key], attributes: element.attributes.map((a) => a.name) }] : []
  })
  const { hashedName, integrity } = widgetBundle()
  const [records, preset] = await Promise.all([recordOptions(req, lang), presetFrom(req, props.searchParams)])
  return (
    <AdminPage {...props}>
      <EmbedBuilder elements={elements} bundle={{ hashedName, integrity }} records={records} vocabularies={vocabularies(lang)} preset={preset} />
    </AdminPage>
  )
}
