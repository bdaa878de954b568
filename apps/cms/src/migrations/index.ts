import * as migration_20261122_040656_initial from './20261122_040656_initial';
import * as migration_20261122_060854_editorial_workflow from './20261122_060854_editorial_workflow';
import * as migration_20261204_013007_link_check_ignored_urls from './20261204_013007_link_check_ignored_urls';

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
    up: migration_20261204_013007_link_check_ignored_urls.up,
    down: migration_20261204_013007_link_check_ignored_urls.down,
    name: '20261204_013007_link_check_ignored_urls'
  },
];
