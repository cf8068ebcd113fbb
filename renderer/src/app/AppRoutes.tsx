/**
 * Every route of the app, as one table: `AppRoutes` renders it, and `preloadScreensFor` finds the
 * screens a location will show so their code can load before they are needed. A route exists only
 * when its screen works. Screens load on first use (screens.ts); until then the screen's place shows
 * ScreenLoading, within a ScreenBoundary (the workspace keeps its side navigation meanwhile,
 * WorkspaceLayout.tsx).
 */
import { createElement } from 'react';
import { matchRoutes, useRoutes, type RouteObject } from 'react-router';
import type { LazyScreen } from './lazyScreen';
import { ScreenBoundary } from './ScreenBoundary';
import * as screens from './screens';

const screenOf = new WeakMap<RouteObject, LazyScreen>();

function route(path: string, screen: LazyScreen, children?: RouteObject[]): RouteObject {
  const object: RouteObject = { path, element: createElement(screen), ...(children ? { children } : {}) };
  screenOf.set(object, screen);
  return object;
}

function index(screen: LazyScreen): RouteObject {
  const object: RouteObject = { index: true, element: createElement(screen) };
  screenOf.set(object, screen);
  return object;
}

const APP_ROUTES: RouteObject[] = [
  route('/', screens.InspectionsHome),
  route('/inspections/new', screens.NewInspectionPage),
  route('/register', screens.FindingsRegisterPage),
  route('/inspections/:inspectionId', screens.WorkspaceLayout, [
    index(screens.OverviewPage),
    route('plan', screens.PlanPage),
    route('plan/details', screens.EditDetailsPage),
    route('plan/sites/new', screens.SiteFormPage),
    route('plan/sites/:siteId', screens.SiteFormPage),
    route('plan/products/new', screens.ProductFormPage),
    route('plan/products/:productId', screens.ProductFormPage),
    route('plan/team/new', screens.TeamMemberFormPage),
    route('plan/team/:userId', screens.TeamMemberFormPage),
    route('plan/checklists', screens.ChecklistSetupPage),
    route('checklists', screens.ChecklistsPage),
    route('checklists/:templateId/:sectionId', screens.ChecklistSectionPage),
    route('findings', screens.FindingsPage),
    route('findings/new', screens.FindingEditorPage),
    route('findings/:findingId', screens.FindingPage),
    route('findings/:findingId/edit', screens.FindingEditorPage),
    route('evidence', screens.EvidencePage),
    route('evidence/:photoId', screens.PhotoPage),
    route('evidence/:photoId/annotate', screens.AnnotatePhotoPage),
    route('closing-meeting', screens.ClosingMeetingPage),
    route('people', screens.PeopleAndMeetingsPage),
    route('people/new', screens.PersonFormPage),
    route('people/meetings/new', screens.MeetingFormPage),
    route('people/meetings/:meetingId', screens.MeetingFormPage),
    route('people/:personId', screens.PersonFormPage),
    route('documents', screens.DocumentsPage),
    route('documents/new', screens.DocumentFormPage),
    route('documents/:documentId', screens.DocumentFormPage),
    route('remove/:entity/:recordId', screens.RemoveRecordPage),
    route('report', screens.ReportPage),
    route('report/sign/:meaning', screens.SignReportPage),
    route('responses', screens.ResponsesPage),
    route('responses/:findingId', screens.CapaFormPage),
    route('close-out', screens.CloseOutPage),
    route('audit', screens.AuditTrailPage),
    route('*', screens.NotFoundPage),
  ]),
  route('/import', screens.ImportPackagePage),
  route('/export', screens.ExportPage),
  route('/sync', screens.SyncPage),
  route('/conflicts', screens.ConflictsPage),
  route('/conflicts/:conflictKey', screens.ResolveConflictPage),
  route('/library', screens.LibraryPage),
  route('/library/templates/:templateId/:version', screens.TemplatePage),
  route('/about', screens.AboutPage),
  route('/help/shortcuts', screens.KeyboardShortcutsPage),
  route('*', screens.NotFoundPage),
];

export function AppRoutes() {
  const element = useRoutes(APP_ROUTES);
  return <ScreenBoundary>{element}</ScreenBoundary>;
}

/** Loads the code of every screen `pathname` shows (a workspace section and its layout, say). */
export function preloadScreensFor(pathname: string): Promise<unknown> {
  const matches = matchRoutes(APP_ROUTES, pathname) ?? [];
  return Promise.all(matches.flatMap((match) => screenOf.get(match.route)?.preload() ?? []));
}
