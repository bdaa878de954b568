import * as migration_20261122_040656_initial from './20261122_040656_initial';
import * as migration_20261122_060854_editorial_workflow from './20261122_060854_editorial_workflow';
import * as migration_20261203_234358_ux_lists_accounts_timezones from './20261203_234358_ux_lists_accounts_timezones';

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
    up: migration_20261203_234358_ux_lists_accounts_timezones.up,
    down: migration_20261203_234358_ux_lists_accounts_timezones.down,
    name: '20261203_234358_ux_lists_accounts_timezones'
  },
];
