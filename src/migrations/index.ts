import * as migration_20261125_045558_initial from './20261125_045558_initial';

export const migrations = [
  {
    up: migration_20261125_045558_initial.up,
    down: migration_20261125_045558_initial.down,
    name: '20261125_045558_initial'
  },
];
