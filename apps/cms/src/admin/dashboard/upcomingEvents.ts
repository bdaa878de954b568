import { type DashboardContext, asUser, recordUrl, titleOf } from './context'

export const UPCOMING_DAYS = 60

export type UpcomingEvent = { id: number | string; title: string; url: string; start: string; city: string | null; published: boolean }

/** Events starting within the next 60 days, soonest first, drafts included (marked as such). */
export async function upcomingEvents(ctx: DashboardContext): Promise<UpcomingEvent[]> {
  const until = new Date(ctx.now.getTime() + UPCOMING_DAYS * 24 * 60 * 60 * 1000)
  const { docs } = await ctx.payload.find({
    collection: 'events',
    where: { and: [{ start: { greater_than_equal: ctx.now.toISOString() } }, { start: { less_than: until.toISOString() } }] },
    sort: 'start',
    depth: 0,
    pagination: false,
    draft: true,
    ...asUser(ctx),
  })
  return docs.map((doc) => ({
    id: doc.id,
    title: titleOf('events', doc),
    url: recordUrl(ctx, 'events', doc.id),
    start: doc.start as string,
    city: doc.city ?? null,
    published: doc._status === 'published',
  }))
}
