// Do not modify this file by hand!
// Re-generate this file by running npm run localize:build (lit-localize, then
// scripts/localize-build.mjs splits its tables by id prefix).
// The project-list strings (ids project-list.*).

/* eslint-disable no-irregular-whitespace */

export const strings = {
  fi: {
    'project-list.empty': `Näytettäviä hankkeita ei ole.`,
    'project-list.error': `Hankkeita ei voitu näyttää.`,
    'project-list.loading': `Ladataan hankkeita…`,
  },
  sv: {
    'project-list.empty': `Det finns inga projekt att visa.`,
    'project-list.error': `Projekten kunde inte visas.`,
    'project-list.loading': `Projekten laddas…`,
  },
};
