
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '../core/str-tag.js';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'blog-teaser.empty': `Det finns inga inlägg att visa.`,
'blog-teaser.error': `Blogginläggen kunde inte visas.`,
'blog-teaser.loading': `Laddar blogginlägg…`,
'blog-teaser.read-more': `Läs mer`,
'blog-teaser.untitled': `Namnlöst inlägg`,
'city-list.count': str`${0} städer visas`,
'city-list.count-one': `1 stad visas`,
'city-list.empty': `Det finns inga städer att visa.`,
'city-list.error': `Medlemsstäderna kunde inte visas.`,
'city-list.loading': `Medlemsstäderna laddas…`,
'city-list.no-match': str`Ingen stad motsvarar ”${0}”.`,
'city-list.other-region': `Övriga städer`,
'city-list.search-label': `Sök stad`,
'city-map.empty': `Det finns inga städer att visa på kartan.`,
'city-map.error': `Kartan över medlemsstäderna kunde inte visas.`,
'city-map.label': `Medlemsstäderna på Finlands karta`,
'city-map.list-heading': `Medlemsstäderna i alfabetisk ordning`,
'city-map.loading': `Kartan över medlemsstäderna laddas…`,
'city-map.unplaced': `Inte på kartan:`,
'error.http': str`Servern svarade med ett fel (${0}).`,
'error.invalid': `Informationen har inte det förväntade formatet.`,
'error.missing-src': `Ingen flödesadress har angetts.`,
'error.network': `Informationen kunde inte laddas på grund av ett nätverksproblem.`,
'error.not-found': `Det efterfrågade objektet hittades inte.`,
'error.parse': `Informationen kunde inte läsas.`,
'error.timeout': `Det tog för lång tid att ladda informationen.`,
'feed.stale': `Uppgifterna kan vara inaktuella.`,
'project-card.error': `Projektet kunde inte visas.`,
'project-card.from': str`från ${0}`,
'project-card.lead': `Ansvarig stad`,
'project-card.loading': `Projektet laddas…`,
'project-card.months-from': `januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december`,
'project-card.months-until': `januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december`,
'project-card.more-towns': str`och ${0} städer till`,
'project-card.more-towns-one': `och 1 stad till`,
'project-card.read-more': `Läs mer`,
'project-card.status-completed': `Avslutat`,
'project-card.status-ongoing': `Pågående`,
'project-card.status-planned': `Planerat`,
'project-card.towns': `Deltagande städer`,
'project-card.until': str`fram till ${0}`,
'project-list.empty': `Det finns inga projekt att visa.`,
'project-list.error': `Projekten kunde inte visas.`,
'project-list.loading': `Projekten laddas…`,
    };
  