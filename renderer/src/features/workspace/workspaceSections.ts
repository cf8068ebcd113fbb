/** The sections of an inspection workspace, in the order an inspection runs. */
export interface WorkspaceSection {
  path: string;
  label: string;
}

export const WORKSPACE_SECTIONS: readonly WorkspaceSection[] = [
  { path: '', label: 'Overview' },
  { path: 'plan', label: 'Plan' },
  { path: 'checklists', label: 'Checklists' },
  { path: 'findings', label: 'Findings' },
  { path: 'evidence', label: 'Photos' },
  { path: 'documents', label: 'Documents' },
  { path: 'people', label: 'People and meetings' },
  { path: 'closing-meeting', label: 'Closing meeting list' },
  { path: 'report', label: 'Report' },
  { path: 'responses', label: 'Responses' },
  { path: 'close-out', label: 'Close-out' },
  { path: 'audit', label: 'Audit trail' },
];
