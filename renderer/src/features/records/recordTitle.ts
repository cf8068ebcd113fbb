/** A short human name for any record, for audit trails, confirmations and links. */
import type { EntityName } from '@shared/domain/entities';

export function recordTitle(entity: EntityName, record: Record<string, unknown> | undefined): string {
  if (!record) return 'a record';
  const text = (field: string) => (typeof record[field] === 'string' ? record[field] : '');
  switch (entity) {
    case 'inspection':
      return text('reference');
    case 'site':
      return [text('identifier'), text('name')].filter(Boolean).join(' ');
    case 'finding':
      return [text('reference'), text('title')].filter(Boolean).join(' ');
    case 'checklistResponse':
      return `item ${text('itemId')}`;
    case 'photo':
      return text('fileName') || 'photo';
    case 'document':
      return text('title');
    case 'meeting':
      return `${text('kind')} meeting ${text('date')}`;
    case 'capa':
      return 'company response';
    case 'reportIssue':
      return `report version ${typeof record['version'] === 'number' ? record['version'] : ''}`;
    case 'signature':
      return `${text('meaning')} signature by ${text('signerName')}`;
    default:
      return text('name') || text('title') || entity;
  }
}
