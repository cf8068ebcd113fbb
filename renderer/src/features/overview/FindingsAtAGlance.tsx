/**
 * The findings of an inspection at a glance: three compact bar charts (by grade, discipline and site)
 * a person can read in a second. Each bar is a link to the findings register filtered to it; the
 * counts are text, so the chart reads the same to a screen reader.
 */
import { Link } from 'react-router';
import type { GlanceBar } from './findingsAtAGlance';

function BarGroup({
  title,
  bars,
  max,
  base,
}: {
  title: string;
  bars: readonly GlanceBar[];
  max: number;
  base: string;
}) {
  return (
    <div className="app-glance__group">
      <h3 className="govuk-heading-s">{title}</h3>
      <ul className="app-glance__bars">
        {bars.map((bar) => (
          <li key={bar.filter} className="app-glance__bar">
            <Link className="govuk-link app-glance__link" to={`${base}?${bar.filter}`}>
              <span className="app-glance__label">{bar.label}</span>
              <span className="app-glance__track" aria-hidden="true">
                <span
                  className={`app-glance__fill app-glance__fill--${bar.tone}`}
                  style={{ width: `${Math.max(4, (bar.count / max) * 100)}%` }}
                />
              </span>
              <span className="app-glance__count">
                {bar.count}
                <span className="govuk-visually-hidden"> findings</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function FindingsAtAGlance({
  glance,
  base,
}: {
  glance: { total: number; byGrade: GlanceBar[]; byDiscipline: GlanceBar[]; bySite: GlanceBar[] };
  base: string;
}) {
  if (glance.total === 0) return <p className="govuk-body">No findings yet.</p>;
  const max = Math.max(
    ...glance.byGrade.map((b) => b.count),
    ...glance.byDiscipline.map((b) => b.count),
    ...glance.bySite.map((b) => b.count),
    1,
  );
  return (
    <div className="app-glance">
      <BarGroup title="By grade" bars={glance.byGrade} max={max} base={base} />
      <BarGroup title="By discipline" bars={glance.byDiscipline} max={max} base={base} />
      <BarGroup title="By site" bars={glance.bySite} max={max} base={base} />
    </div>
  );
}
