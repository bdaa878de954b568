import type { Topic } from '@vie/types'

import { fromText } from '../localized'
import type { TopicSource } from '../sources'
import type { SeedRecord } from './types'

export const buildTopics = (sources: readonly TopicSource[]): SeedRecord<Topic>[] =>
  sources.map((topic) => ({
    slug: topic.slug,
    data: { slug: topic.slug, label: fromText(topic.label), description: fromText(topic.description) },
  }))
