/**
 * The "Columns" panel: a checkbox per column to show or hide it and Move up / Move down buttons to
 * reorder, all plain buttons and checkboxes so it works from the keyboard. After a move, focus
 * follows the moved column's button (React moves the DOM node, which would drop focus) and the
 * new position is announced.
 */
import { useEffect, useRef, useState } from 'react';
import { Details } from '../../components/govuk/Details';
import { moveColumn } from './columnOrder';
import { REGISTER_COLUMNS, type RegisterColumnId } from './rowModel/registerColumns';

export interface ColumnsPanelProps {
  order: readonly RegisterColumnId[];
  hidden: readonly RegisterColumnId[];
  onChange: (order: RegisterColumnId[], hidden: RegisterColumnId[]) => void;
}

type Direction = 'up' | 'down';

export function ColumnsPanel({ order, hidden, onChange }: ColumnsPanelProps) {
  const list = useRef<HTMLOListElement>(null);
  const [moved, setMoved] = useState<{ id: RegisterColumnId; direction: Direction } | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (!moved) return;
    const button = (direction: Direction) =>
      list.current?.querySelector<HTMLButtonElement>(`[data-move="${moved.id}-${direction}"]`);
    // At the top or bottom the pressed button is gone; the other one is the nearest control.
    (button(moved.direction) ?? button(moved.direction === 'up' ? 'down' : 'up'))?.focus();
  }, [moved, order]);

  const move = (id: RegisterColumnId, direction: Direction) => {
    const next = moveColumn(order, id, direction === 'up' ? -1 : 1);
    onChange(next, [...hidden]);
    setMoved({ id, direction });
    setAnnouncement(`${REGISTER_COLUMNS[id].label} moved to position ${next.indexOf(id) + 1} of ${next.length}`);
  };

  const toggle = (id: RegisterColumnId, shown: boolean) => {
    onChange([...order], shown ? hidden.filter((h) => h !== id) : [...hidden, id]);
    setAnnouncement('');
  };

  return (
    <Details summary="Columns" className="app-register__panel">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Show, hide and order columns</legend>
        <ol ref={list} className="app-register-columns">
          {order.map((id, index) => {
            const column = REGISTER_COLUMNS[id];
            const inputId = `register-column-${id}`;
            return (
              <li key={id} className="app-register-columns__item">
                {column.hideable ? (
                  <div className="govuk-checkboxes govuk-checkboxes--small">
                    <div className="govuk-checkboxes__item">
                      <input
                        className="govuk-checkboxes__input"
                        id={inputId}
                        type="checkbox"
                        checked={!hidden.includes(id)}
                        onChange={(event) => toggle(id, event.target.checked)}
                      />
                      <label className="govuk-label govuk-checkboxes__label" htmlFor={inputId}>
                        {column.label}
                      </label>
                    </div>
                  </div>
                ) : (
                  <span className="govuk-body app-register-columns__fixed">{column.label} (always shown)</span>
                )}
                <span className="app-register-columns__actions">
                  {index > 0 && (
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary app-inline-button"
                      data-move={`${id}-up`}
                      onClick={() => move(id, 'up')}
                    >
                      Move up<span className="govuk-visually-hidden"> {column.label}</span>
                    </button>
                  )}
                  {index < order.length - 1 && (
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary app-inline-button"
                      data-move={`${id}-down`}
                      onClick={() => move(id, 'down')}
                    >
                      Move down<span className="govuk-visually-hidden"> {column.label}</span>
                    </button>
                  )}
                </span>
              </li>
            );
          })}
        </ol>
      </fieldset>
      <p className="govuk-visually-hidden" role="status">
        {announcement}
      </p>
    </Details>
  );
}
