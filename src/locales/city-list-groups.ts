// Do not modify this file by hand!
// Re-generate this file by running npm run localize:build (lit-localize, then
// scripts/localize-build.mjs splits its tables by id prefix).
// The city-list-groups strings (ids city-list-groups.*).

/* eslint-disable no-irregular-whitespace */

export const strings = {
  fi: {
    'city-list-groups.other-region': `Muut kaupungit`,
  },
  sv: {
    'city-list-groups.other-region': `Övriga städer`,
  },
};
