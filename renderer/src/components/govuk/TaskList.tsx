/** The tasks to complete and where each stands: the GOV.UK Frontend task list with status tags. */
// Each link is described by its hint and status, so a screen reader hears "Opening meeting, Completed".
import { useId, type ReactNode } from 'react';
import { AppLink } from '../AppLink';
import { classNames } from '../classNames';
import { Tag, type TagColour } from './Tag';
import { isPresent } from './useFieldIds';

/**
 * GOV.UK shows finished states ("Completed") as plain text and states that need action
 * ("Incomplete", "In progress") as a tag; "Cannot start yet" is grey text.
 */
export type TaskStatus =
  | { kind: 'text'; text: string; cannotStartYet?: boolean | undefined }
  | { kind: 'tag'; text: string; colour?: TagColour | undefined };

export interface TaskListItem {
  title: ReactNode;
  status: TaskStatus;
  /** Omitted when the task cannot be started yet: the title is then plain text. */
  href?: string | undefined;
  hint?: ReactNode;
  /** React key; defaults to the href or the position. */
  id?: string | undefined;
}

export interface TaskListProps {
  items: readonly TaskListItem[];
  idPrefix?: string | undefined;
  className?: string | undefined;
}

function StatusContent({ status }: { status: TaskStatus }) {
  if (status.kind === 'tag') return <Tag colour={status.colour}>{status.text}</Tag>;
  return <>{status.text}</>;
}

export function TaskList({ items, idPrefix, className }: TaskListProps) {
  const generated = useId();
  const prefix = idPrefix ?? generated;
  return (
    <ul className={classNames('govuk-task-list', className)}>
      {items.map((item, index) => {
        const hintId = `${prefix}-${index + 1}-hint`;
        const statusId = `${prefix}-${index + 1}-status`;
        const hasHint = isPresent(item.hint);
        const cannotStart = item.status.kind === 'text' && item.status.cannotStartYet === true;
        return (
          <li
            key={item.id ?? item.href ?? index}
            className={classNames('govuk-task-list__item', item.href && 'govuk-task-list__item--with-link')}
          >
            <div className="govuk-task-list__name-and-hint">
              {item.href ? (
                <AppLink
                  className="govuk-link govuk-task-list__link"
                  href={item.href}
                  aria-describedby={hasHint ? `${hintId} ${statusId}` : statusId}
                >
                  {item.title}
                </AppLink>
              ) : (
                <div>{item.title}</div>
              )}
              {hasHint && (
                <div id={hintId} className="govuk-task-list__hint">
                  {item.hint}
                </div>
              )}
            </div>
            <div
              className={classNames(
                'govuk-task-list__status',
                cannotStart && 'govuk-task-list__status--cannot-start-yet',
              )}
              id={statusId}
            >
              <StatusContent status={item.status} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
