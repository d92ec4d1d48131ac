// Do not modify this file by hand!
// Re-generate this file by running npm run localize:build (lit-localize, then
// scripts/localize-build.mjs splits its tables by id prefix).
// The project-card-rare strings (ids project-card-rare.*).

import { str } from '../core/str-tag.js';

/* eslint-disable no-irregular-whitespace */

export const strings = {
  fi: {
    'project-card-rare.from': str`${0} alkaen`,
    'project-card-rare.months-from': `tammikuusta|helmikuusta|maaliskuusta|huhtikuusta|toukokuusta|kesäkuusta|heinäkuusta|elokuusta|syyskuusta|lokakuusta|marraskuusta|joulukuusta`,
    'project-card-rare.months-until': `tammikuuhun|helmikuuhun|maaliskuuhun|huhtikuuhun|toukokuuhun|kesäkuuhun|heinäkuuhun|elokuuhun|syyskuuhun|lokakuuhun|marraskuuhun|joulukuuhun`,
    'project-card-rare.more-towns': str`ja ${0} muuta kaupunkia`,
    'project-card-rare.more-towns-one': `ja 1 muu kaupunki`,
    'project-card-rare.until': str`${0} asti`,
  },
  sv: {
    'project-card-rare.from': str`från ${0}`,
    'project-card-rare.months-from': `januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december`,
    'project-card-rare.months-until': `januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december`,
    'project-card-rare.more-towns': str`och ${0} städer till`,
    'project-card-rare.more-towns-one': `och 1 stad till`,
    'project-card-rare.until': str`fram till ${0}`,
  },
};
