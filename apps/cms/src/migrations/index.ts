import * as migration_20261122_040656_initial from './20261122_040656_initial';
import * as migration_20261122_060854_editorial_workflow from './20261122_060854_editorial_workflow';

export const migrations = [
  {
    up: migration_20261122_040656_initial.up,
    down: migration_20261122_040656_initial.down,
    name: '20261122_040656_initial',
  },
  {
    up: migration_20261122_060854_editorial_workflow.up,
    down: migration_20261122_060854_editorial_workflow.down,
    name: '20261122_060854_editorial_workflow'
  },
];
