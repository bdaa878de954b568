import type { FilterOptions } from 'payload'

/**
 * `filterOptions` that admits every record. Its presence makes Payload look the given ids up on
 * save, so an id that does not exist is a 400 naming the field rather than a foreign-key error
 * (500) from the database.
 */
export const existingRecords: FilterOptions = () => true
