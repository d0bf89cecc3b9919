import * as migration_20261125_045558_initial from './20261125_045558_initial';
import * as migration_20261125_050517_job_stats from './20261125_050517_job_stats';
import * as migration_20261125_074337_download_events from './20261125_074337_download_events';

export const migrations = [
  {
    up: migration_20261125_045558_initial.up,
    down: migration_20261125_045558_initial.down,
    name: '20261125_045558_initial',
  },
  {
    up: migration_20261125_050517_job_stats.up,
    down: migration_20261125_050517_job_stats.down,
    name: '20261125_050517_job_stats',
  },
  {
    up: migration_20261125_074337_download_events.up,
    down: migration_20261125_074337_download_events.down,
    name: '20261125_074337_download_events'
  },
];
