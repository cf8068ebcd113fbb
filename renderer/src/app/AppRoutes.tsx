/** Every route of the app. A route exists only when its screen works. */
import { Route, Routes } from 'react-router';
import { AuditTrailPage } from '../features/audit/AuditTrailPage';
import { CloseOutPage } from '../features/closeOut/CloseOutPage';
import { ConflictsPage } from '../features/conflicts/ConflictsPage';
import { ResolveConflictPage } from '../features/conflicts/ResolveConflictPage';
import { AboutPage } from '../features/help/AboutPage';
import { KeyboardShortcutsPage } from '../features/help/KeyboardShortcutsPage';
import { NotFoundPage } from '../features/help/NotFoundPage';
import { FindingEditorPage } from '../features/findings/FindingEditorPage';
import { FindingPage } from '../features/findings/FindingPage';
import { FindingsPage } from '../features/findings/FindingsPage';
import { FindingsRegisterPage } from '../features/register/FindingsRegisterPage';
import { DocumentFormPage } from '../features/documents/DocumentFormPage';
import { DocumentsPage } from '../features/documents/DocumentsPage';
import { AnnotatePhotoPage } from '../features/evidence/AnnotatePhotoPage';
import { EvidencePage } from '../features/evidence/EvidencePage';
import { PhotoPage } from '../features/evidence/PhotoPage';
import { MeetingFormPage } from '../features/people/MeetingFormPage';
import { PeopleAndMeetingsPage } from '../features/people/PeopleAndMeetingsPage';
import { PersonFormPage } from '../features/people/PersonFormPage';
import { ChecklistSectionPage } from '../features/checklists/ChecklistSectionPage';
import { ChecklistSetupPage } from '../features/checklists/ChecklistSetupPage';
import { ChecklistsPage } from '../features/checklists/ChecklistsPage';
import { LibraryPage } from '../features/library/LibraryPage';
import { TemplatePage } from '../features/library/TemplatePage';
import { ExportPage } from '../features/packages/ExportPage';
import { ImportPackagePage } from '../features/packages/ImportPackagePage';
import { ClosingMeetingPage } from '../features/closing/ClosingMeetingPage';
import { InspectionsHome } from '../features/inspections/InspectionsHome';
import { NewInspectionPage } from '../features/inspections/NewInspectionPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { EditDetailsPage } from '../features/plan/EditDetailsPage';
import { PlanPage } from '../features/plan/PlanPage';
import { ProductFormPage } from '../features/plan/ProductFormPage';
import { SiteFormPage } from '../features/plan/SiteFormPage';
import { TeamMemberFormPage } from '../features/plan/TeamMemberFormPage';
import { RemoveRecordPage } from '../features/records/RemoveRecordPage';
import { ReportPage } from '../features/report/ReportPage';
import { SignReportPage } from '../features/report/SignReportPage';
import { CapaFormPage } from '../features/responses/CapaFormPage';
import { ResponsesPage } from '../features/responses/ResponsesPage';
import { SyncPage } from '../features/sync/SyncPage';
import { WorkspaceLayout } from '../features/workspace/WorkspaceLayout';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<InspectionsHome />} />
      <Route path="/inspections/new" element={<NewInspectionPage />} />
      <Route path="/register" element={<FindingsRegisterPage />} />
      <Route path="/inspections/:inspectionId" element={<WorkspaceLayout />}>
        <Route index element={<OverviewPage />} />
        <Route path="plan" element={<PlanPage />} />
        <Route path="plan/details" element={<EditDetailsPage />} />
        <Route path="plan/sites/new" element={<SiteFormPage />} />
        <Route path="plan/sites/:siteId" element={<SiteFormPage />} />
        <Route path="plan/products/new" element={<ProductFormPage />} />
        <Route path="plan/products/:productId" element={<ProductFormPage />} />
        <Route path="plan/team/new" element={<TeamMemberFormPage />} />
        <Route path="plan/team/:userId" element={<TeamMemberFormPage />} />
        <Route path="plan/checklists" element={<ChecklistSetupPage />} />
        <Route path="checklists" element={<ChecklistsPage />} />
        <Route path="checklists/:templateId/:sectionId" element={<ChecklistSectionPage />} />
        <Route path="findings" element={<FindingsPage />} />
        <Route path="findings/new" element={<FindingEditorPage />} />
        <Route path="findings/:findingId" element={<FindingPage />} />
        <Route path="findings/:findingId/edit" element={<FindingEditorPage />} />
        <Route path="evidence" element={<EvidencePage />} />
        <Route path="evidence/:photoId" element={<PhotoPage />} />
        <Route path="evidence/:photoId/annotate" element={<AnnotatePhotoPage />} />
        <Route path="closing-meeting" element={<ClosingMeetingPage />} />
        <Route path="people" element={<PeopleAndMeetingsPage />} />
        <Route path="people/new" element={<PersonFormPage />} />
        <Route path="people/meetings/new" element={<MeetingFormPage />} />
        <Route path="people/meetings/:meetingId" element={<MeetingFormPage />} />
        <Route path="people/:personId" element={<PersonFormPage />} />
        <Route path="documents" element={<DocumentsPage />} />
        <Route path="documents/new" element={<DocumentFormPage />} />
        <Route path="documents/:documentId" element={<DocumentFormPage />} />
        <Route path="remove/:entity/:recordId" element={<RemoveRecordPage />} />
        <Route path="report" element={<ReportPage />} />
        <Route path="report/sign/:meaning" element={<SignReportPage />} />
        <Route path="responses" element={<ResponsesPage />} />
        <Route path="responses/:findingId" element={<CapaFormPage />} />
        <Route path="close-out" element={<CloseOutPage />} />
        <Route path="audit" element={<AuditTrailPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route path="/import" element={<ImportPackagePage />} />
      <Route path="/export" element={<ExportPage />} />
      <Route path="/sync" element={<SyncPage />} />
      <Route path="/conflicts" element={<ConflictsPage />} />
      <Route path="/conflicts/:conflictKey" element={<ResolveConflictPage />} />
      <Route path="/library" element={<LibraryPage />} />
      <Route path="/library/templates/:templateId/:version" element={<TemplatePage />} />
      <Route path="/about" element={<AboutPage />} />
      <Route path="/help/shortcuts" element={<KeyboardShortcutsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
