/**
 * A finding's reference as a link to the finding: the register's row-level focus target. Enter
 * opens the finding (a link's own behaviour); the other navigation keys go to the table.
 */
import { Link } from 'react-router';
import type { RegisterRow } from './rowModel/registerRow';
import { useRowFocus } from './RowFocusContext';

export function findingPath(row: Pick<RegisterRow, 'id' | 'inspectionId'>): string {
  return `/inspections/${row.inspectionId}/findings/${row.id}`;
}

export function FindingLink({ row }: { row: RegisterRow }) {
  const focus = useRowFocus();
  return (
    <Link
      className="govuk-link app-register__link"
      to={findingPath(row)}
      tabIndex={focus.activeId === row.id ? 0 : -1}
      onKeyDown={(event) => focus.onKeyDown(event, row.id)}
      onFocus={() => focus.onFocus(row.id)}
    >
      {row.reference}
    </Link>
  );
}
