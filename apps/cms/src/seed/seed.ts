import type { CollectionSlug, Payload } from 'payload'

import { buildEvents } from './build/events'
import { buildMunicipalities } from './build/municipalities'
import { buildNetworkLinks, buildNetworks } from './build/networks'
import { buildPartnershipProfiles } from './build/partnershipProfiles'
import { buildProjects } from './build/projects'
import { buildTandems } from './build/tandems'
import { buildTopics } from './build/topics'
import type { SeedRecord } from './build/types'
import type { Id, SlugIds } from './refs'
import {
  eventSources,
  municipalitySources,
  networkSources,
  partnershipProfileSources,
  projectSources,
  tandemSources,
  topicSources,
} from './sources'
import { type Outcome, upsertBySlug } from './upsert'

export type SeedCounts = Record<Outcome, number>
export type SeedReport = Partial<Record<CollectionSlug, SeedCounts>>

const emptyCounts = (): SeedCounts => ({ created: 0, updated: 0, unchanged: 0 })

async function slugIds(payload: Payload, collection: CollectionSlug): Promise<SlugIds> {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { slug: true },
  })
  return new Map(docs.map((doc) => [String((doc as { slug: unknown }).slug), (doc as { id: Id }).id]))
}

/**
 * Imports the records of the BBSR studies (./data) idempotently: records are matched by slug,
 * written published and in both languages, and left alone when already as the data says.
 * Topics and municipalities come first because the others point at them; networks are written
 * twice because they point at each other.
 */
export async function seed(
  payload: Payload,
  log: (line: string) => void = (line) => payload.logger.info(line),
): Promise<SeedReport> {
  const report: SeedReport = {}

  const run = async (collection: CollectionSlug, records: SeedRecord<unknown>[]): Promise<Map<string, Outcome>> => {
    const outcomes = new Map<string, Outcome>()
    for (const record of records) outcomes.set(record.slug, await upsertBySlug(payload, collection, record))
    return outcomes
  }
  const done = (collection: CollectionSlug, outcomes: Map<string, Outcome>) => {
    const counts = emptyCounts()
    for (const outcome of outcomes.values()) counts[outcome] += 1
    report[collection] = counts
    log(`seed ${collection.padEnd(14)} ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`)
  }

  done('topics', await run('topics', buildTopics(topicSources)))
  const topics = await slugIds(payload, 'topics')

  done('municipalities', await run('municipalities', buildMunicipalities(municipalitySources, tandemSources, buildPartnershipProfiles(partnershipProfileSources, topics))))
  const municipalities = await slugIds(payload, 'municipalities')

  const firstPass = await run('networks', buildNetworks(networkSources, { municipalities, topics }))
  const networks = await slugIds(payload, 'networks')
  const links = await run('networks', buildNetworkLinks(networkSources, networks))
  // One outcome a network: created if the first pass created it, updated if either pass wrote.
  for (const [slug, outcome] of links) {
    if (outcome === 'updated' && firstPass.get(slug) === 'unchanged') firstPass.set(slug, 'updated')
  }
  done('networks', firstPass)

  done('tandems', await run('tandems', buildTandems(tandemSources, { municipalities, topics })))
  const tandems = await slugIds(payload, 'tandems')

  done(
    'events',
    await run(
      'events',
      buildEvents(eventSources, { tandems: tandemSources, municipalities: municipalitySources }, {
        municipalities,
        topics,
        tandems,
        networks,
      }),
    ),
  )

  done('projects', await run('projects', buildProjects(projectSources, { municipalities, topics, networks })))
  return report
}
