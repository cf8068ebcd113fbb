/** The sync state as a GOV.UK tag: colour for a glance, words for everyone. */
import { Tag } from '../../components/govuk/Tag';
import type { SyncState } from '../../sync/syncStatus';

const TAGS: Record<SyncState, { text: string; colour: 'green' | 'blue' | 'grey' | 'yellow' | 'red' | 'orange' }> = {
  'signed-out': { text: 'Not signed in', colour: 'grey' },
  idle: { text: 'Up to date', colour: 'green' },
  syncing: { text: 'Syncing', colour: 'blue' },
  offline: { text: 'Offline', colour: 'grey' },
  waiting: { text: 'Waiting for the gateway', colour: 'yellow' },
  'needs-sign-in': { text: 'Sign in again', colour: 'orange' },
  problem: { text: 'Needs attention', colour: 'red' },
};

export function SyncStateTag({ state }: { state: SyncState }) {
  const tag = TAGS[state];
  return <Tag colour={tag.colour}>{tag.text}</Tag>;
}
