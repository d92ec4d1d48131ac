import type { FeedError } from './feed-error.js';
import type { UiLocale } from './locale.js';
import { msgFor } from './message-lookup.js';
import { str } from './str-tag.js';
import { strings as errorStrings } from '../locales/error.js';

/**
 * The sentence that tells a reader why a feed could not be shown, in their language. Loaded
 * only when a feed fails (`reason-text-loader.ts`): most pages never show an error.
 */
export function reasonText(ui: UiLocale, error: FeedError): string {
  const msg = msgFor(ui, [errorStrings]);
  switch (error.reason) {
    case 'network':
      return msg('The information could not be loaded because of a network problem.', {
        id: 'error.network',
      });
    case 'timeout':
      return msg('Loading the information took too long.', { id: 'error.timeout' });
    case 'http':
      return msg(str`The server answered with an error (${error.status ?? '?'}).`, {
        id: 'error.http',
      });
    case 'parse':
      return msg('The information could not be read.', { id: 'error.parse' });
    case 'invalid':
      return msg('The information is not in the expected format.', { id: 'error.invalid' });
    case 'missing-src':
      return msg('No feed address has been given.', { id: 'error.missing-src' });
    case 'not-found':
      return msg('The requested item was not found.', { id: 'error.not-found' });
  }
}
