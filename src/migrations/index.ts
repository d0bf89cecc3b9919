import * as migration_20261125_045558_initial from './20261125_045558_initial';
import * as migration_20261125_050517_job_stats from './20261125_050517_job_stats';
import * as migration_20261125_074337_download_events from './20261125_074337_download_events';
import * as migration_20261125_093000_locales_parent_index from './20261125_093000_locales_parent_index';
import * as migration_20261204_172920_hardening from './20261204_172920_hardening';
import * as migration_20261205_072705_download_version_text from './20261205_072705_download_version_text';
import * as migration_20261205_074438_media_readers from './20261205_074438_media_readers';
import * as migration_20261205_074500_media_readers_backfill from './20261205_074500_media_readers_backfill';
import * as migration_20261205_075503_sign_in_attempts from './20261205_075503_sign_in_attempts';
import * as migration_20261205_073932_import_source_document from './20261205_073932_import_source_document';
import * as migration_20261205_083405_notifications from './20261205_083405_notifications';

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
    up: migration_20261205_072705_download_version_text.up,
    down: migration_20261205_072705_download_version_text.down,
    name: '20261205_072705_download_version_text',
  },
  {
    up: migration_20261205_074438_media_readers.up,
    down: migration_20261205_074438_media_readers.down,
    name: '20261205_074438_media_readers',
  },
  {
    up: migration_20261205_074500_media_readers_backfill.up,
    down: migration_20261205_074500_media_readers_backfill.down,
    name: '20261205_074500_media_readers_backfill',
  },
  {
    up: migration_20261205_075503_sign_in_attempts.up,
    down: migration_20261205_075503_sign_in_attempts.down,
    name: '20261205_075503_sign_in_attempts',
  },
  {
    up: migration_20261205_073932_import_source_document.up,
    down: migration_20261205_073932_import_source_document.down,
    name: '20261205_073932_import_source_document',
  },
  {
    up: migration_20261205_083405_notifications.up,
    down: migration_20261205_083405_notifications.down,
    name: '20261205_083405_notifications'
  },
];
