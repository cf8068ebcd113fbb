/** A dated history, newest first as the caller orders it (the audit trail): the MOJ timeline. */
import type { ReactNode } from 'react';
import { classNames } from '../classNames';
import { Heading, type HeadingLevel } from '../Heading';

export interface TimelineItem {
  /** React key, for example the change's id. */
  id: string;
  title: ReactNode;
  /** Who did it; rendered as "by …". */
  byline?: ReactNode;
  /** When it happened: an ISO 8601 string or a Date, shown as "4 March 2025 at 2:05pm". */
  datetime: string | Date;
  /** Replaces the formatted date text (the machine-readable `datetime` stays). */
  dateText?: string | undefined;
  description?: ReactNode;
}

export interface TimelineProps {
  items: readonly TimelineItem[];
  headingLevel?: HeadingLevel | undefined;
  className?: string | undefined;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** MOJ's "datetime" style in local time: "4 March 2025 at 2:05pm", or "at 2pm" on the hour. */
export function formatTimelineDate(date: Date): string {
  const hours = date.getHours();
  const minutes = date.getMinutes();
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  const time = `${hour12}${minutes > 0 ? `:${String(minutes).padStart(2, '0')}` : ''}${hours < 12 ? 'am' : 'pm'}`;
  return `${date.getDate()} ${MONTHS[date.getMonth()] ?? ''} ${date.getFullYear()} at ${time}`;
}

export function Timeline({ items, headingLevel = 2, className }: TimelineProps) {
  return (
    <div className={classNames('moj-timeline', className)}>
      {items.map((item) => {
        const date = typeof item.datetime === 'string' ? new Date(item.datetime) : item.datetime;
        return (
          <div key={item.id} className="moj-timeline__item">
            <div className="moj-timeline__header">
              <Heading level={headingLevel} className="moj-timeline__title">
                {item.title}
              </Heading>
              {/* Title and byline sit inline, so they need the space MOJ's template has between them. */}
              {item.byline !== undefined && (
                <>
                  {' '}
                  <p className="moj-timeline__byline">by {item.byline}</p>
                </>
              )}
            </div>
            <p className="moj-timeline__date">
              <time dateTime={date.toISOString()}>{item.dateText ?? formatTimelineDate(date)}</time>
            </p>
            {item.description !== undefined && <div className="moj-timeline__description">{item.description}</div>}
          </div>
        );
      })}
    </div>
  );
}
