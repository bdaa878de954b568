'use client'
import { useFormFields } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/**
 * Keeps the end's time zone on the start's while the editor has not chosen another one: when the
 * start zone changes and the end zone was empty or equal to the old start zone, it moves along.
 * Renders nothing.
 */
export default function EndZoneFollowsStart() {
  const start = useFormFields(([fields]) => fields.start_tz?.value as string | undefined)
  const end = useFormFields(([fields]) => fields.end_tz?.value as string | undefined)
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  const previousStart = useRef(start)

  useEffect(() => {
    const before = previousStart.current
    previousStart.current = start
    if (!start || start === end) return
    if (!end || end === before) dispatch({ type: 'UPDATE', path: 'end_tz', value: start })
  }, [start, end, dispatch])

  return null
}
