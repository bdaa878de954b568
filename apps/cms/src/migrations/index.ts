import * as migration_20261122_040656_initial from './20261122_040656_initial';
import * as migration_20261122_060854_editorial_workflow from './20261122_060854_editorial_workflow';
import * as migration_20261204_021914_editorial_integrity from './20261204_021914_editorial_integrity';

export const migrations = [
  {
    up: migration_20261122_040656_initial.up,
    down: migration_20261122_040656_initial.down,
    name: '20261122_040656_initial',
  },
  {
    up: migration_20261122_060854_editorial_workflow.up,
    down: migration_20261122_060854_editorial_workflow.down,
    name: '20261122_060854_editorial_workflow',
  },
  {
    up: migration_20261204_021914_editorial_integrity.up,
    down: migration_20261204_021914_editorial_integrity.down,
    name: '20261204_021914_editorial_integrity'
  },
];
