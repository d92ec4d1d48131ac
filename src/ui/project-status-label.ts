import type { MsgFn } from '@lit/localize';
import type { ProjectStatus } from '../core/network-feed-schema.js';

/** The status badge's text: Planned / Ongoing / Completed in the reader's language. */
export function projectStatusLabel(status: ProjectStatus, msg: MsgFn): string {
  return {
    planned: msg('Planned', { id: 'project-card.status-planned' }),
    ongoing: msg('Ongoing', { id: 'project-card.status-ongoing' }),
    completed: msg('Completed', { id: 'project-card.status-completed' }),
  }[status];
}
