import type { MsgFn } from '@lit/localize';
import type { ProjectStatus } from '../core/network-feed-schema.js';

/** The status badge's text: Planned / Ongoing / Completed in the reader's language. */
export function projectStatusLabel(status: ProjectStatus, msg: MsgFn): string {
  switch (status) {
    case 'planned':
      return msg('Planned', { id: 'project-card.status-planned' });
    case 'ongoing':
      return msg('Ongoing', { id: 'project-card.status-ongoing' });
    case 'completed':
      return msg('Completed', { id: 'project-card.status-completed' });
  }
}
