import { type DashboardContext, asUser, recordUrl, titleOf } from './context'

export type UnlocatedMunicipality = { id: number | string; name: string; country: string; url: string }

/** Municipalities the map cannot place: latitude or longitude missing. By name. */
export async function unlocatedMunicipalities(ctx: DashboardContext): Promise<UnlocatedMunicipality[]> {
  const { docs } = await ctx.payload.find({
    collection: 'municipalities',
    where: { or: [{ 'location.lat': { exists: false } }, { 'location.lng': { exists: false } }] },
    sort: 'name',
    depth: 0,
    pagination: false,
    ...asUser(ctx),
  })
  return docs.map((doc) => ({ id: doc.id, name: titleOf('municipalities', doc), country: doc.country, url: recordUrl(ctx, 'municipalities', doc.id) }))
}
