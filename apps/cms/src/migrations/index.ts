import * as migration_20261122_031629_initial from './20261122_031629_initial';

export const migrations = [
  {
    up: migration_20261122_031629_initial.up,
    down: migration_20261122_031629_initial.down,
    name: '20261122_031629_initial'
  },
];
