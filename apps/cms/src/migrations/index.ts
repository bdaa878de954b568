import * as migration_20261122_040656_initial from './20261122_040656_initial';
import * as migration_20261122_060854_editorial_workflow from './20261122_060854_editorial_workflow';
import * as migration_20261203_234654_ux_event_zones_user_active from './20261203_234654_ux_event_zones_user_active';
import * as migration_20261203_234703_ux_bilingual_list_fields from './20261203_234703_ux_bilingual_list_fields';
import * as migration_20261204_023946_link_check_ignored_urls from './20261204_023946_link_check_ignored_urls';
import * as migration_20261204_024031_partnership_profile from './20261204_024031_partnership_profile';
import * as migration_20261204_024431_editorial_integrity from './20261204_024431_editorial_integrity';
import * as migration_20261204_040147_name_sort from './20261204_040147_name_sort';
import * as migration_20261204_050226_proposals from './20261204_050226_proposals';
import * as migration_20261204_065339_german_from_english from './20261204_065339_german_from_english';

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
    up: migration_20261203_234654_ux_event_zones_user_active.up,
    down: migration_20261203_234654_ux_event_zones_user_active.down,
    name: '20261203_234654_ux_event_zones_user_active',
  },
  {
    up: migration_20261203_234703_ux_bilingual_list_fields.up,
    down: migration_20261203_234703_ux_bilingual_list_fields.down,
    name: '20261203_234703_ux_bilingual_list_fields',
  },
  {
    up: migration_20261204_023946_link_check_ignored_urls.up,
    down: migration_20261204_023946_link_check_ignored_urls.down,
    name: '20261204_023946_link_check_ignored_urls',
  },
  {
    up: migration_20261204_024031_partnership_profile.up,
    down: migration_20261204_024031_partnership_profile.down,
    name: '20261204_024031_partnership_profile',
  },
  {
    up: migration_20261204_024431_editorial_integrity.up,
    down: migration_20261204_024431_editorial_integrity.down,
    name: '20261204_024431_editorial_integrity',
  },
  {
    up: migration_20261204_040147_name_sort.up,
    down: migration_20261204_040147_name_sort.down,
    name: '20261204_040147_name_sort',
  },
  {
    up: migration_20261204_050226_proposals.up,
    down: migration_20261204_050226_proposals.down,
    name: '20261204_050226_proposals',
  },
  {
    up: migration_20261204_065339_german_from_english.up,
    down: migration_20261204_065339_german_from_english.down,
    name: '20261204_065339_german_from_english'
  },
];
