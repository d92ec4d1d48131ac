// Do not modify this file by hand!
// Re-generate this file by running npm run localize:build (lit-localize, then
// scripts/localize-build.mjs splits its tables by id prefix).
// The blog-teaser strings (ids blog-teaser.*).

/* eslint-disable no-irregular-whitespace */

export const strings = {
  fi: {
    'blog-teaser.empty': `Näytettäviä kirjoituksia ei ole.`,
    'blog-teaser.error': `Blogikirjoituksia ei voitu näyttää.`,
    'blog-teaser.loading': `Ladataan blogikirjoituksia…`,
    'blog-teaser.read-more': `Lue lisää`,
    'blog-teaser.untitled': `Nimetön kirjoitus`,
  },
  sv: {
    'blog-teaser.empty': `Det finns inga inlägg att visa.`,
    'blog-teaser.error': `Blogginläggen kunde inte visas.`,
    'blog-teaser.loading': `Laddar blogginlägg…`,
    'blog-teaser.read-more': `Läs mer`,
    'blog-teaser.untitled': `Namnlöst inlägg`,
  },
};
