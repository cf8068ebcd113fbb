/** Data in rows and columns: the GOV.UK Frontend table, with caption, row headers and right-aligned numeric cells. */
import { isValidElement, type ReactNode } from 'react';
import { classNames } from '../classNames';
import type { HeadingSize } from './Label';

/** A cell with options; a bare ReactNode is a plain cell. */
export interface TableCellOptions {
  content: ReactNode;
  /** `numeric` right-aligns figures with tabular digits so columns line up. */
  format?: 'numeric' | undefined;
  colSpan?: number | undefined;
  rowSpan?: number | undefined;
  className?: string | undefined;
}
export type TableCell = ReactNode | TableCellOptions;

export interface TableProps {
  caption: ReactNode;
  /** Caption size (`m` for a table that heads its own section); visually hide it with `captionClassName`. */
  captionSize?: HeadingSize | undefined;
  captionClassName?: string | undefined;
  head?: readonly TableCell[] | undefined;
  rows: readonly (readonly TableCell[])[];
  /** Makes each row's first cell a row header (`<th scope="row">`). */
  firstCellIsHeader?: boolean | undefined;
  /** Stable React keys for the rows (for example record ids); the row's position otherwise. */
  rowKeys?: readonly string[] | undefined;
  className?: string | undefined;
}

function cellOptions(cell: TableCell): TableCellOptions {
  if (typeof cell === 'object' && cell !== null && !isValidElement(cell) && 'content' in cell) return cell;
  return { content: cell };
}

export function Table({
  caption,
  captionSize,
  captionClassName,
  head,
  rows,
  firstCellIsHeader = false,
  rowKeys,
  className,
}: TableProps) {
  return (
    <table className={classNames('govuk-table', className)}>
      <caption
        className={classNames(
          'govuk-table__caption',
          captionSize && `govuk-table__caption--${captionSize}`,
          captionClassName,
        )}
      >
        {caption}
      </caption>
      {head && (
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map((cell, index) => {
              const { content, format, colSpan, rowSpan, className: cellClass } = cellOptions(cell);
              return (
                <th
                  key={index}
                  scope="col"
                  className={classNames('govuk-table__header', format && `govuk-table__header--${format}`, cellClass)}
                  colSpan={colSpan}
                  rowSpan={rowSpan}
                >
                  {content}
                </th>
              );
            })}
          </tr>
        </thead>
      )}
      <tbody className="govuk-table__body">
        {rows.map((row, rowIndex) => (
          <tr key={rowKeys?.[rowIndex] ?? rowIndex} className="govuk-table__row">
            {row.map((cell, index) => {
              const { content, format, colSpan, rowSpan, className: cellClass } = cellOptions(cell);
              if (index === 0 && firstCellIsHeader) {
                return (
                  <th
                    key={index}
                    scope="row"
                    className={classNames('govuk-table__header', cellClass)}
                    colSpan={colSpan}
                    rowSpan={rowSpan}
                  >
                    {content}
                  </th>
                );
              }
              return (
                <td
                  key={index}
                  className={classNames('govuk-table__cell', format && `govuk-table__cell--${format}`, cellClass)}
                  colSpan={colSpan}
                  rowSpan={rowSpan}
                >
                  {content}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
