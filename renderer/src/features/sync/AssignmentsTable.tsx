/**
 * The inspections the gateway says the person is on. One not yet on this laptop can be set up here by
 * its lead inspector (with the gateway's id, so the team's work lands in one inspection); colleagues
 * receive it with the lead's first sync.
 */
import { Link } from 'react-router';
import { TEAM_ROLE_LABELS } from '@shared/domain/inspection';
import type { Assignment } from '@shared/sync/protocol';
import { Table } from '../../components/govuk/Table';
import { useLiveRecords } from '../../db/liveQueries';

export function AssignmentsTable({ assignments }: { assignments: readonly Assignment[] }) {
  const inspections = useLiveRecords('inspection');
  const local = new Set((inspections ?? []).map((inspection) => inspection.id));
  if (assignments.length === 0) return <p className="govuk-body">The gateway has no inspections assigned to you.</p>;
  return (
    <Table
      caption="Your assigned inspections"
      captionSize="m"
      head={[{ content: 'Reference' }, { content: 'Your role' }, { content: 'Team' }, { content: 'On this laptop' }]}
      rowKeys={assignments.map((assignment) => assignment.inspectionId)}
      rows={assignments.map((assignment) => [
        { content: assignment.reference },
        { content: TEAM_ROLE_LABELS[assignment.role] },
        { content: assignment.team.map((member) => member.name).join(', ') },
        {
          content: local.has(assignment.inspectionId) ? (
            <Link className="govuk-link" to={`/inspections/${assignment.inspectionId}`}>
              Open<span className="govuk-visually-hidden"> {assignment.reference}</span>
            </Link>
          ) : assignment.role === 'lead' ? (
            <Link
              className="govuk-link"
              to={`/inspections/new?assignment=${encodeURIComponent(assignment.inspectionId)}&reference=${encodeURIComponent(assignment.reference)}`}
            >
              Set up on this laptop<span className="govuk-visually-hidden"> ({assignment.reference})</span>
            </Link>
          ) : (
            'Arrives when the lead inspector has set it up and synced'
          ),
        },
      ])}
    />
  );
}
