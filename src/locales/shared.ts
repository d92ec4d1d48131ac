// Do not modify this file by hand!
// Re-generate this file by running npm run localize:build (lit-localize, then
// scripts/localize-build.mjs splits its tables by id prefix).
// The strings shared by every element (ids with no group's prefix: feed.*).

/* eslint-disable no-irregular-whitespace */

export const strings = {
  fi: {
    'feed.stale': `Tiedot voivat olla vanhentuneita.`,
  },
  sv: {
    'feed.stale': `Uppgifterna kan vara inaktuella.`,
  },
};
