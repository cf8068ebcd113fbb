/**
 * Every screen of the app, each loaded on first use (lazyScreen.ts): the first screens (unlock,
 * set-up, lock) load without the workspace, and heavy libraries (jsPDF, docx, exifr, TanStack
 * Table) come only with the screens that use them.
 */
import { lazyScreen } from './lazyScreen';

export const AboutPage = lazyScreen(() => import('../features/help/AboutPage'), 'AboutPage');
export const AnnotatePhotoPage = lazyScreen(
  () => import('../features/evidence/AnnotatePhotoPage'),
  'AnnotatePhotoPage',
);
export const AuditTrailPage = lazyScreen(() => import('../features/audit/AuditTrailPage'), 'AuditTrailPage');
export const CapaFormPage = lazyScreen(() => import('../features/responses/CapaFormPage'), 'CapaFormPage');
export const ChecklistSectionPage = lazyScreen(
  () => import('../features/checklists/ChecklistSectionPage'),
  'ChecklistSectionPage',
);
export const ChecklistSetupPage = lazyScreen(
  () => import('../features/checklists/ChecklistSetupPage'),
  'ChecklistSetupPage',
);
export const ChecklistsPage = lazyScreen(() => import('../features/checklists/ChecklistsPage'), 'ChecklistsPage');
export const CloseOutPage = lazyScreen(() => import('../features/closeOut/CloseOutPage'), 'CloseOutPage');
export const ClosingMeetingPage = lazyScreen(
  () => import('../features/closing/ClosingMeetingPage'),
  'ClosingMeetingPage',
);
export const ConflictsPage = lazyScreen(() => import('../features/conflicts/ConflictsPage'), 'ConflictsPage');
export const DocumentFormPage = lazyScreen(() => import('../features/documents/DocumentFormPage'), 'DocumentFormPage');
export const DocumentsPage = lazyScreen(() => import('../features/documents/DocumentsPage'), 'DocumentsPage');
export const EditDetailsPage = lazyScreen(() => import('../features/plan/EditDetailsPage'), 'EditDetailsPage');
export const EvidencePage = lazyScreen(() => import('../features/evidence/EvidencePage'), 'EvidencePage');
export const ExportPage = lazyScreen(() => import('../features/packages/ExportPage'), 'ExportPage');
export const FindingEditorPage = lazyScreen(
  () => import('../features/findings/FindingEditorPage'),
  'FindingEditorPage',
);
export const FindingPage = lazyScreen(() => import('../features/findings/FindingPage'), 'FindingPage');
export const FindingsPage = lazyScreen(() => import('../features/findings/FindingsPage'), 'FindingsPage');
export const FindingsRegisterPage = lazyScreen(
  () => import('../features/register/FindingsRegisterPage'),
  'FindingsRegisterPage',
);
export const ImportPackagePage = lazyScreen(
  () => import('../features/packages/ImportPackagePage'),
  'ImportPackagePage',
);
export const InspectionsHome = lazyScreen(() => import('../features/inspections/InspectionsHome'), 'InspectionsHome');
export const KeyboardShortcutsPage = lazyScreen(
  () => import('../features/help/KeyboardShortcutsPage'),
  'KeyboardShortcutsPage',
);
export const LibraryPage = lazyScreen(() => import('../features/library/LibraryPage'), 'LibraryPage');
export const MeetingFormPage = lazyScreen(() => import('../features/people/MeetingFormPage'), 'MeetingFormPage');
export const NewInspectionPage = lazyScreen(
  () => import('../features/inspections/NewInspectionPage'),
  'NewInspectionPage',
);
export const NotFoundPage = lazyScreen(() => import('../features/help/NotFoundPage'), 'NotFoundPage');
export const OverviewPage = lazyScreen(() => import('../features/overview/OverviewPage'), 'OverviewPage');
export const PeopleAndMeetingsPage = lazyScreen(
  () => import('../features/people/PeopleAndMeetingsPage'),
  'PeopleAndMeetingsPage',
);
export const PersonFormPage = lazyScreen(() => import('../features/people/PersonFormPage'), 'PersonFormPage');
export const PhotoPage = lazyScreen(() => import('../features/evidence/PhotoPage'), 'PhotoPage');
export const PlanPage = lazyScreen(() => import('../features/plan/PlanPage'), 'PlanPage');
export const ProductFormPage = lazyScreen(() => import('../features/plan/ProductFormPage'), 'ProductFormPage');
export const RemoveRecordPage = lazyScreen(() => import('../features/records/RemoveRecordPage'), 'RemoveRecordPage');
export const ReportPage = lazyScreen(() => import('../features/report/ReportPage'), 'ReportPage');
export const ResolveConflictPage = lazyScreen(
  () => import('../features/conflicts/ResolveConflictPage'),
  'ResolveConflictPage',
);
export const ResponsesPage = lazyScreen(() => import('../features/responses/ResponsesPage'), 'ResponsesPage');
export const SignReportPage = lazyScreen(() => import('../features/report/SignReportPage'), 'SignReportPage');
export const SiteFormPage = lazyScreen(() => import('../features/plan/SiteFormPage'), 'SiteFormPage');
export const SyncPage = lazyScreen(() => import('../features/sync/SyncPage'), 'SyncPage');
export const TeamMemberFormPage = lazyScreen(() => import('../features/plan/TeamMemberFormPage'), 'TeamMemberFormPage');
export const TemplatePage = lazyScreen(() => import('../features/library/TemplatePage'), 'TemplatePage');
export const WorkspaceLayout = lazyScreen(() => import('../features/workspace/WorkspaceLayout'), 'WorkspaceLayout');
