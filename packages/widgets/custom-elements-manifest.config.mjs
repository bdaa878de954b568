/** The manifest IDEs, Storybook and documentation tools read: elements, attributes, parts, slots, events. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/testing/**'],
  outdir: 'dist',
  litelement: true,
}
