/**
 * An inspection's workspace: the MOJ side navigation of its sections beside the current section's
 * screen. Loads the inspection once and shares it with every section. A section whose code is
 * still loading (or failed to) shows that in its place, beside the navigation, rather than blanking both.
 */
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { ScreenBoundary } from '../../app/ScreenBoundary';
import { useLiveRecord } from '../../db/liveQueries';
import { NotFoundPage } from '../help/NotFoundPage';
import { InspectionStatusTag } from '../inspections/inspectionStatusTag';
import { InspectionContext } from './InspectionContext';
import { WORKSPACE_SECTIONS } from './workspaceSections';

export function WorkspaceLayout() {
  const { inspectionId } = useParams();
  const inspection = useLiveRecord('inspection', inspectionId);
  const { pathname } = useLocation();
  if (inspection === undefined) return <p className="govuk-body">Loading inspection…</p>;
  if (inspection === null || inspection._meta.deleted) return <NotFoundPage />;
  const base = `/inspections/${inspection.id}`;
  const current = pathname.slice(base.length).replace(/^\//, '').split('/')[0] ?? '';
  return (
    <InspectionContext.Provider value={inspection}>
      <span className="govuk-caption-l">
        {inspection.organisationName} <InspectionStatusTag status={inspection.status} />
      </span>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <nav className="moj-side-navigation" aria-label={`Inspection ${inspection.reference}`}>
            <h2 className="moj-side-navigation__title">{inspection.reference}</h2>
            <ul className="moj-side-navigation__list">
              {WORKSPACE_SECTIONS.map((section) => {
                const active = section.path === current;
                return (
                  <li
                    key={section.path}
                    className={`moj-side-navigation__item${active ? ' moj-side-navigation__item--active' : ''}`}
                  >
                    <Link
                      to={section.path ? `${base}/${section.path}` : base}
                      aria-current={active ? 'location' : undefined}
                    >
                      {section.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
        <div className="govuk-grid-column-three-quarters">
          <ScreenBoundary>
            <Outlet />
          </ScreenBoundary>
        </div>
      </div>
    </InspectionContext.Provider>
  );
}
