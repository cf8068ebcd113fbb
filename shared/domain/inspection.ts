/**
 * An inspection: what is inspected, by whom, when, and where it is in its lifecycle
 * (DOMAIN.md section 2.3: planning, opening meeting, inspection, closing meeting, report, responses,
 * close-out).
 */
import { z } from 'zod';
import { DisciplineSchema } from './disciplines';
import { InspectionCloseOutSchema } from './inspectionCloseOut';
import { Id, IsoDate, IsoDateTime, LongText, RequiredShortText } from './primitives';

export const InspectionTypeSchema = z.enum([
  'routine',
  'for-cause',
  'pre-licence',
  're-inspection',
  'remote',
  'hybrid',
]);
export type InspectionType = z.infer<typeof InspectionTypeSchema>;

export const INSPECTION_TYPE_LABELS: Readonly<Record<InspectionType, string>> = {
  routine: 'Routine',
  'for-cause': 'For cause (triggered)',
  'pre-licence': 'Pre-licence',
  're-inspection': 'Re-inspection',
  remote: 'Remote',
  hybrid: 'Hybrid (on site and remote)',
};

export const InspectionStatusSchema = z.enum([
  'planning',
  'on-site',
  'closing-meeting-held',
  'reporting',
  'report-issued',
  'responses',
  'closed',
]);
export type InspectionStatus = z.infer<typeof InspectionStatusSchema>;

export const INSPECTION_STATUS_LABELS: Readonly<Record<InspectionStatus, string>> = {
  planning: 'Planning',
  'on-site': 'On site',
  'closing-meeting-held': 'Closing meeting held',
  reporting: 'Reporting',
  'report-issued': 'Report issued',
  responses: 'Assessing responses',
  closed: 'Closed',
};

/** Once the closing meeting has been held, changes to findings need a reason (DOMAIN.md 6.4). */
export function isAfterClosingMeeting(status: InspectionStatus): boolean {
  return (
    InspectionStatusSchema.options.indexOf(status) >= InspectionStatusSchema.options.indexOf('closing-meeting-held')
  );
}

export const TeamRoleSchema = z.enum(['lead', 'inspector', 'trainee', 'expert']);
export type TeamRole = z.infer<typeof TeamRoleSchema>;

export const TEAM_ROLE_LABELS: Readonly<Record<TeamRole, string>> = {
  lead: 'Lead inspector',
  inspector: 'Inspector',
  trainee: 'Trainee inspector',
  expert: 'Expert',
};

export const TeamMemberSchema = z
  .object({
    userId: Id,
    name: RequiredShortText,
    initials: z.string().regex(/^[A-Z]{2,4}$/, 'must be 2 to 4 capital letters'),
    role: TeamRoleSchema,
    disciplines: z.array(DisciplineSchema).max(3),
  })
  .strict();
export type TeamMember = z.infer<typeof TeamMemberSchema>;

export const InspectionSchema = z
  .object({
    id: Id,
    reference: RequiredShortText,
    organisationName: RequiredShortText,
    disciplines: z.array(DisciplineSchema).min(1, 'choose at least one discipline').max(3),
    type: InspectionTypeSchema,
    status: InspectionStatusSchema,
    startDate: IsoDate,
    endDate: IsoDate,
    scope: LongText,
    areasNotInspected: LongText,
    agenda: LongText,
    team: z.array(TeamMemberSchema).max(50),
    /** Which team member covers which checklist section: key "templateId/sectionId". */
    sectionAssignments: z.record(z.string().max(200), Id),
    /** Checklist templates this inspection uses, pinned to the version it started with. */
    checklistTemplates: z
      .array(z.object({ templateId: z.string().max(100), version: z.number().int().min(1) }).strict())
      .max(20),
    closingMeetingAt: IsoDateTime.optional(),
    /** Recorded on the Close-out screen: the compliance outcome and the risk-rating inputs. */
    closeOut: InspectionCloseOutSchema.optional(),
  })
  .strict()
  .refine((value) => value.endDate >= value.startDate, {
    message: 'the end date must not be before the start date',
    path: ['endDate'],
  });
export type Inspection = z.infer<typeof InspectionSchema>;
