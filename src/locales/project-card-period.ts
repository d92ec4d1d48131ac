// Do not modify this file by hand!
// Re-generate this file by running npm run localize:build (lit-localize, then
// scripts/localize-build.mjs splits its tables by id prefix).
// The project-card-period strings (ids project-card-period.*).

import { str } from '../core/str-tag.js';

/* eslint-disable no-irregular-whitespace */

export const strings = {
  fi: {
    'project-card-period.from': str`${0} alkaen`,
    'project-card-period.months-from': `tammikuusta|helmikuusta|maaliskuusta|huhtikuusta|toukokuusta|kesäkuusta|heinäkuusta|elokuusta|syyskuusta|lokakuusta|marraskuusta|joulukuusta`,
    'project-card-period.months-until': `tammikuuhun|helmikuuhun|maaliskuuhun|huhtikuuhun|toukokuuhun|kesäkuuhun|heinäkuuhun|elokuuhun|syyskuuhun|lokakuuhun|marraskuuhun|joulukuuhun`,
    'project-card-period.until': str`${0} asti`,
  },
  sv: {
    'project-card-period.from': str`från ${0}`,
    'project-card-period.months-from': `januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december`,
    'project-card-period.months-until': `januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december`,
    'project-card-period.until': str`fram till ${0}`,
  },
};
