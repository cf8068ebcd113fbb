/** The team the e2e gateway knows: a lead and a colleague on one assigned inspection. */
export const E2E_GATEWAY_URL = `http://127.0.0.1:${process.env['E2E_GATEWAY_PORT'] ?? 8795}`;

export const E2E_TEAM = {
  inspectionId: '019a0000-0000-7000-8000-00000000e2e1',
  reference: 'INS-E2E-0001',
  previousFinding: {
    reference: 'GMP-2024-003',
    title: 'Operator training records incomplete at POC-001',
    discipline: 'GMP' as const,
    classification: 'major' as const,
    capaStatus: 'overdue' as const,
  },
  members: [
    {
      account: { username: 'alex.lead', name: 'Alex Morgan', initials: 'AM', role: 'lead-inspector' as const },
      password: 'lead inspector e2e password',
      teamRole: 'lead' as const,
    },
    {
      account: { username: 'priya.inspector', name: 'Priya Shah', initials: 'PS', role: 'inspector' as const },
      password: 'inspector e2e password',
      teamRole: 'inspector' as const,
    },
  ],
} as const;
