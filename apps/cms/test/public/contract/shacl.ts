import rdf from '@zazuko/env-node'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import SHACLValidator from 'rdf-validate-shacl'

const SHAPES = fileURLToPath(new URL('./shapes/', import.meta.url))

/**
 * The files of the GovData validator's profile "DCAT-AP 3.0.de – Deutsche Spezifikation"
 * (`v30_de_spec` in its config.properties), in its order: the SEMIC DCAT-AP 3.0.0 shapes it
 * loads from GitHub, then the German files that add messages, deactivate and add shapes.
 */
const SHAPE_FILES = [
  'dcat-ap-SHACL.ttl',
  'dcat-ap-de-imports.ttl',
  'dcat-ap-SHACL-DE.ttl',
  'dcat-ap-de-deprecated.ttl',
  'dcat-ap-spec-german-additions.ttl',
  'dcat-ap-de-controlledvocabularies.ttl',
]

const EU = 'http://publications.europa.eu/resource/authority'
const MIRROR = 'https://raw.githubusercontent.com/GovDataOfficial/DCAT-AP.de-SHACL-Validation/master/validator/resources/mirror'
const CONCEPTS = 'vocabularies/concepts-used.ttl'

/**
 * Where each owl:import of dcat-ap-de-imports.ttl is read from, offline: GovData's own mirrors
 * of the ontologies (class hierarchies: a vcard:Organization is a vcard:Kind, a
 * foaf:Organization a foaf:Agent), VIE's excerpt of the controlled vocabularies for the
 * concepts the catalogue uses, or nothing where the catalogue uses none of the import
 * (checksum algorithms, publisher types). An import not listed here fails the validation.
 */
const IMPORTS: Record<string, string | null> = {
  [`${MIRROR}/foaf_0_1.rdf`]: 'vocabularies/foaf_0_1.rdf',
  [`${MIRROR}/vcard.ttl`]: 'vocabularies/vcard.ttl',
  [`${MIRROR}/org.ttl`]: 'vocabularies/org.ttl',
  [`${EU}/language`]: CONCEPTS,
  [`${EU}/planned-availability`]: CONCEPTS,
  [`${EU}/frequency`]: CONCEPTS,
  [`${EU}/dataset-type`]: CONCEPTS,
  [`${EU}/data-theme`]: CONCEPTS,
  [`${EU}/access-right`]: CONCEPTS,
  [`${EU}/file-type`]: CONCEPTS,
  [`${EU}/distribution-status`]: CONCEPTS,
  'https://www.dcat-ap.de/def/contributors/20240606.rdf': CONCEPTS,
  'https://www.dcat-ap.de/def/licenses/20210721.rdf': CONCEPTS,
  'https://www.dcat-ap.de/def/politicalGeocoding/Level/1_0.rdf': CONCEPTS,
  'https://spdx.org/rdf/terms/spdx-ontology.owl.xml': null,
  'https://raw.githubusercontent.com/SEMICeu/ADMS-AP/master/purl.org/ADMS_SKOS_v1.00.rdf': null,
}

type Dataset = ReturnType<typeof rdf.dataset>

/** One result of the SHACL report, reduced to what a reader needs to find and fix it. */
export type ShaclResult = {
  severity: 'Violation' | 'Warning' | 'Info'
  focusNode: string
  path: string
  message: string
  shape: string
}

async function loadFiles(files: string[]): Promise<Dataset> {
  const dataset = rdf.dataset()
  for (const file of files) await dataset.import(rdf.fromFile(`${SHAPES}${file}`))
  return dataset
}

/** Parses RDF text of any media type the RDF/JS parsers know (JSON-LD, Turtle, RDF/XML). */
export async function parseRdf(text: string, mediaType: string, baseIRI: string): Promise<Dataset> {
  const quads = rdf.formats.parsers.import(mediaType, Readable.from([text]), { baseIRI })
  if (!quads) throw new Error(`no RDF parser for ${mediaType}`)
  return rdf.dataset().import(quads)
}

const SEVERITIES = { Violation: 'Violation', Warning: 'Warning', Info: 'Info' } as const

function severityOf(iri: string | undefined): ShaclResult['severity'] {
  const name = iri?.slice(iri.lastIndexOf('#') + 1) ?? ''
  // sh:Violation is SHACL's default severity; anything unexpected counts as one.
  return name in SEVERITIES ? SEVERITIES[name as keyof typeof SEVERITIES] : 'Violation'
}

/** The official DCAT-AP.de 3.0 shapes and the vocabularies they import, loaded once per file. */
export async function dcatApDeValidator(): Promise<(data: Dataset) => Promise<ShaclResult[]>> {
  const shapes = await loadFiles(SHAPE_FILES)
  const imported = rdf.dataset()
  const loaded = new Set<string>()
  const importGraph = async ({ value }: { value: string }): Promise<Dataset> => {
    const file = IMPORTS[value]
    if (file === undefined) throw new Error(`owl:imports <${value}> has no vendored copy (test/public/contract/shapes/README.md)`)
    if (file === null || loaded.has(file)) return rdf.dataset()
    loaded.add(file)
    const dataset = await loadFiles([file])
    imported.addAll(dataset)
    return dataset
  }
  const validator = new SHACLValidator(shapes, { factory: rdf, importGraph })
  // The validator resolves the owl:imports on its first run; this one, on nothing, is for that.
  await validator.validate(rdf.dataset())
  return async (data) => {
    // Like the GovData validator, read the data together with the imports, so that the
    // concepts and class hierarchies are known.
    const report = await validator.validate(rdf.dataset([...data, ...imported]))
    return report.results.map((r) => ({
      severity: severityOf(r.severity?.value),
      focusNode: r.focusNode?.value ?? '',
      path: r.path?.value ?? '',
      message: r.message.map((m) => m.value).join(' | '),
      shape: r.sourceShape?.value ?? '',
    }))
  }
}

/** One line per result: readable in a failing assertion. */
export const describeResults = (results: ShaclResult[]): string =>
  results.map((r) => `${r.severity}: <${r.focusNode}> ${r.path ? `${r.path} ` : ''}— ${r.message || r.shape}`).join('\n')
