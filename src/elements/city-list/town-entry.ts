import type { City } from '../../core/network-feed.js';

/** A town as the list shows it: named and placed in its region in the reader's language. */
export interface TownEntry {
  readonly city: City;
  readonly name: string;
  readonly region: string | undefined;
  readonly current: boolean;
}
