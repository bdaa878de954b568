import * as migration_20261122_035144_initial from './20261122_035144_initial';

export const migrations = [
  {
    up: migration_20261122_035144_initial.up,
    down: migration_20261122_035144_initial.down,
    name: '20261122_035144_initial'
  },
];
