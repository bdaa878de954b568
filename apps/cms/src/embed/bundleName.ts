/** The bundle's always-newest name; apart from widgetBundle.ts so browser code (the admin's embed builder) can build snippets. */
export const STABLE_NAME = 'vie-widgets.js'
