/** Facts as key and value rows, with "Change"-style actions: the GOV.UK Frontend summary list and summary card. */
import type { ReactNode } from 'react';
import { AppLink } from '../AppLink';
import { classNames } from '../classNames';
import { Heading, type HeadingLevel } from '../Heading';

export interface SummaryAction {
  href: string;
  text: ReactNode;
  /** Completes the link for screen readers, for example "site name" after "Change". */
  visuallyHiddenText?: string | undefined;
}

export interface SummaryListRow {
  key: ReactNode;
  value: ReactNode;
  actions?: readonly SummaryAction[] | undefined;
  /** React key; defaults to the key text or the row's position. */
  id?: string | undefined;
}

export interface SummaryCardOptions {
  title: ReactNode;
  /** The title as plain text, added to each action link for screen readers ("Change name (Site A)"). */
  titleText?: string | undefined;
  headingLevel?: HeadingLevel | undefined;
  actions?: readonly SummaryAction[] | undefined;
}

export interface SummaryListProps {
  rows: readonly SummaryListRow[];
  noBorder?: boolean | undefined;
  /** Wraps the list in a summary card with a title and card-level actions. */
  card?: SummaryCardOptions | undefined;
  className?: string | undefined;
}

function ActionLink({ action, cardTitle }: { action: SummaryAction; cardTitle: string | undefined }) {
  const hidden = [action.visuallyHiddenText, cardTitle && `(${cardTitle})`].filter(Boolean).join(' ');
  return (
    <AppLink className="govuk-link" href={action.href}>
      {action.text}
      {hidden && <span className="govuk-visually-hidden"> {hidden}</span>}
    </AppLink>
  );
}

function Actions({
  actions,
  cardTitle,
  listClass,
  itemClass,
}: {
  actions: readonly SummaryAction[];
  cardTitle: string | undefined;
  listClass: string;
  itemClass: string;
}) {
  const [only] = actions;
  if (actions.length === 1 && only) return <ActionLink action={only} cardTitle={cardTitle} />;
  return (
    <ul className={listClass}>
      {actions.map((action) => (
        <li key={action.href} className={itemClass}>
          <ActionLink action={action} cardTitle={cardTitle} />
        </li>
      ))}
    </ul>
  );
}

export function SummaryList({ rows, noBorder, card, className }: SummaryListProps) {
  const anyRowHasActions = rows.some((row) => (row.actions?.length ?? 0) > 0);
  const list = (
    <dl className={classNames('govuk-summary-list', noBorder && 'govuk-summary-list--no-border', className)}>
      {rows.map((row, index) => {
        const hasActions = (row.actions?.length ?? 0) > 0;
        return (
          <div
            key={row.id ?? (typeof row.key === 'string' ? row.key : index)}
            className={classNames(
              'govuk-summary-list__row',
              anyRowHasActions && !hasActions && 'govuk-summary-list__row--no-actions',
            )}
          >
            <dt className="govuk-summary-list__key">{row.key}</dt>
            <dd className="govuk-summary-list__value">{row.value}</dd>
            {row.actions && hasActions && (
              <dd className="govuk-summary-list__actions">
                <Actions
                  actions={row.actions}
                  cardTitle={card?.titleText}
                  listClass="govuk-summary-list__actions-list"
                  itemClass="govuk-summary-list__actions-list-item"
                />
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
  if (!card) return list;
  const cardActions = card.actions ?? [];
  const [onlyCardAction] = cardActions;
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <Heading level={card.headingLevel ?? 2} className="govuk-summary-card__title">
          {card.title}
        </Heading>
        {cardActions.length === 1 && onlyCardAction && (
          <div className="govuk-summary-card__actions">
            <ActionLink action={onlyCardAction} cardTitle={card.titleText} />
          </div>
        )}
        {cardActions.length > 1 && (
          <Actions
            actions={cardActions}
            cardTitle={card.titleText}
            listClass="govuk-summary-card__actions"
            itemClass="govuk-summary-card__action"
          />
        )}
      </div>
      <div className="govuk-summary-card__content">{list}</div>
    </div>
  );
}
