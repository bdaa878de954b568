import { describe, expect, it } from 'vitest'

import { stringsFor } from '../shared/strings'
import { contextFor, eventItem, mount } from '../testing/dtos'
import { eventFeedUrls, eventListUrl } from './eventQuery'
import { groupByMonth } from './groupByMonth'
import { renderEvent } from './renderEvent'

describe('renderEvent', () => {
  it('shows the date as <time>, the mode badge and an add-to-calendar link for the event', () => {
    const item = mount(renderEvent(eventItem(), contextFor('de'), 4))
    expect(item.querySelector('h4')?.textContent).toBe('Closing workshop')
    expect(item.querySelector('time')?.getAttribute('datetime')).toBe('2024-12-10')
    expect(item.querySelector('time')?.textContent).toBe('Di., 10. Dez. 2024')
    expect([...item.querySelectorAll('.badge')].map((b) => b.textContent)).toEqual(['Online', 'Workshop'])
    const calendar = item.querySelector<HTMLAnchorElement>('[part~="calendar"]')
    expect(calendar?.href).toBe('https://vie.example/public/v1/events/abschlussworkshop-debrief-2024-12.ics?lang=de')
  })

  it('marks a cancelled event and offers no registration for it', () => {
    const item = mount(
      renderEvent(
        eventItem({ status: { value: 'cancelled', label: 'Cancelled' }, registrationUrl: 'https://example.org/register' }),
        contextFor('en'),
        3,
      ),
    )
    expect(item.querySelector('.event')?.classList.contains('cancelled')).toBe(true)
    expect(item.querySelector('.badge.alert')?.textContent).toBe('Cancelled')
    expect(item.textContent).not.toContain('Register')
  })

  it('shows the known date text of an undated event, without a calendar link', () => {
    const item = mount(renderEvent(eventItem({ start: null, end: null, allDay: false, dateText: 'November 2024' }), contextFor('en'), 3))
    expect(item.querySelector('time')).toBeNull()
    expect(item.querySelector('.when')?.textContent).toBe('November 2024')
    expect(item.querySelector('[part~="calendar"]')).toBeNull()
  })

  it('marks an event proposed in English inside a German list as English', () => {
    const item = mount(renderEvent(eventItem({ title: 'Hamm data walk', summary: 'A walk through open data.', fallback: ['title', 'summary'] }), contextFor('de'), 3))
    expect(item.querySelector('h3 [lang="en"]')?.textContent).toBe('Hamm data walk')
    expect(item.querySelector('[part="summary"] [lang="en"]')?.textContent).toBe('A walk through open data.')
  })

  it('keeps hostile links and text inert', () => {
    const item = mount(
      renderEvent(eventItem({ title: '<img src=x onerror=alert(1)>', registrationUrl: 'javascript:alert(1)', onlineUrl: 'data:text/html,x' }), contextFor('en'), 3),
    )
    expect(item.querySelector('img')).toBeNull()
    expect([...item.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://vie.example/public/v1/events/abschlussworkshop-debrief-2024-12.ics?lang=en',
    ])
  })
})

describe('event queries', () => {
  it('asks the list for the filters, and the feed for all dates as https and webcal', () => {
    expect(eventListUrl('https://vie.example', { topic: 'data', mode: 'online' }, 'past', 5, 'en')).toBe(
      'https://vie.example/public/v1/events?lang=en&limit=5&mode=online&topic=data&when=past',
    )
    expect(eventFeedUrls('http://localhost:3000', { network: 'eurocities' }, 'de')).toEqual({
      https: 'http://localhost:3000/public/v1/events.ics?lang=de&network=eurocities&when=all',
      webcal: 'webcal://localhost:3000/public/v1/events.ics?lang=de&network=eurocities&when=all',
    })
  })
})

describe('groupByMonth', () => {
  it('groups consecutive events of a month and puts undated ones in their own group', () => {
    const groups = groupByMonth([
      eventItem({ slug: 'a', start: '2024-12-10' }),
      eventItem({ slug: 'b', start: '2024-12-01T09:00:00+01:00' }),
      eventItem({ slug: 'c', start: '2024-09-16' }),
      eventItem({ slug: 'd', start: null }),
    ])
    expect(groups.map((g) => [g.month, g.events.map((e) => e.slug)])).toEqual([
      ['2024-12', ['a', 'b']],
      ['2024-09', ['c']],
      [null, ['d']],
    ])
  })
})

describe('event count', () => {
  it('says how many of how many events are shown', () => {
    expect(stringsFor('de').eventCount('4', '9', false)).toBe('4 von 9 Veranstaltungen')
    expect(stringsFor('de').eventCount('1', '1', true)).toBe('1 Veranstaltung')
    expect(stringsFor('en').eventCount('5', '5', false)).toBe('5 events')
    expect(stringsFor('en').eventCount('5', '1.234', false)).toBe('5 of 1.234 events')
  })
})
