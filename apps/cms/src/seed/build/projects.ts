import type { Project } from '@vie/types'

import { PROJECT_MUNICIPALITIES, PROJECT_NETWORK, PROJECT_PARTNER_NAMES_IN_REGISTER } from '../choices'
import { fromText, germanOnly } from '../localized'
import { idFor, idsFor, type SlugIds } from '../refs'
import type { ProjectSource } from '../sources'
import type { SeedRecord } from './types'

export function buildProjects(
  sources: readonly ProjectSource[],
  refs: { municipalities: SlugIds; topics: SlugIds; networks: SlugIds },
): SeedRecord<Project>[] {
  return sources.map((project) => {
    const inRegister = PROJECT_MUNICIPALITIES[project.slug]
    return {
      slug: project.slug,
      data: {
        slug: project.slug,
        name: germanOnly(project.name),
        projectTitle: germanOnly(project.projectTitle),
        motto: germanOnly(project.motto),
        sizeClass: project.sizeClass as Project['sizeClass'],
        state: germanOnly(project.state),
        leadMunicipality: inRegister ? idFor(refs.municipalities, inRegister.lead, 'municipality') : null,
        partnerMunicipalities: idsFor(refs.municipalities, inRegister?.partners ?? [], 'municipality'),
        otherPartners: project.partners.filter((name) => !PROJECT_PARTNER_NAMES_IN_REGISTER.has(name)),
        themes: idsFor(refs.topics, project.themes, 'topic'),
        summary: fromText(project.summary),
        round: project.staffel,
        year: project.year,
        network: idFor(refs.networks, PROJECT_NETWORK, 'network'),
      },
    }
  })
}
