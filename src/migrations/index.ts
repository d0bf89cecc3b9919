import * as migration_20261125_045558_initial from './20261125_045558_initial';
import * as migration_20261125_050517_job_stats from './20261125_050517_job_stats';
import * as migration_20261125_074337_download_events from './20261125_074337_download_events';
import * as migration_20261125_093000_locales_parent_index from './20261125_093000_locales_parent_index';
import * as migration_20261204_172920_hardening from './20261204_172920_hardening';
import * as migration_20261205_085240_round_two from './20261205_085240_round_two';
import * as migration_20261205_085241_media_readers_backfill from './20261205_085241_media_readers_backfill';
import * as migration_20261206_041314_applied from './20261206_041314_applied';
import * as migration_20261206_041315_applied_backfill from './20261206_041315_applied_backfill';
import * as migration_20261206_041328_applied_array_removed from './20261206_041328_applied_array_removed';
import * as migration_20261206_044818_exchange from './20261206_044818_exchange';

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
    name: '20261125_074337_download_events',
  },
  {
    up: migration_20261125_093000_locales_parent_index.up,
    down: migration_20261125_093000_locales_parent_index.down,
    name: '20261125_093000_locales_parent_index',
  },
  {
    up: migration_20261204_172920_hardening.up,
    down: migration_20261204_172920_hardening.down,
    name: '20261204_172920_hardening',
  },
  {
    up: migration_20261205_085240_round_two.up,
    down: migration_20261205_085240_round_two.down,
    name: '20261205_085240_round_two',
  },
  {
    up: migration_20261205_085241_media_readers_backfill.up,
    down: migration_20261205_085241_media_readers_backfill.down,
    name: '20261205_085241_media_readers_backfill',
  },
  {
    up: migration_20261206_041314_applied.up,
    down: migration_20261206_041314_applied.down,
    name: '20261206_041314_applied',
  },
  {
    up: migration_20261206_041315_applied_backfill.up,
    down: migration_20261206_041315_applied_backfill.down,
    name: '20261206_041315_applied_backfill',
  },
  {
    up: migration_20261206_041328_applied_array_removed.up,
    down: migration_20261206_041328_applied_array_removed.down,
    name: '20261206_041328_applied_array_removed',
  },
  {
    up: migration_20261206_044818_exchange.up,
    down: migration_20261206_044818_exchange.down,
    name: '20261206_044818_exchange'
  },
];
