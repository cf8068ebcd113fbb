/**
 * How an inspection ends (DOMAIN.md 2.3 step 7): the compliance outcome, with a referral to the
 * Inspection Action Group where the findings or the responses call for it (IAG1 for GMP/GDP, IAG2 for
 * GCP and GPvP), and the risk-rating inputs for planning the next inspection in the style of PIC/S
 * PI 037-1 (complexity and criticality give the intrinsic risk; the deficiencies give the compliance
 * risk). Only the inputs are stored: the ratings derived from them are computed (riskRating.ts), so
 * they can never disagree with the inputs.
 */
import { z } from 'zod';
import type { Discipline } from './disciplines';
import { IsoDate, LongText } from './primitives';

export const ComplianceOutcomeSchema = z.enum(['compliant', 'non-compliant', 'referred-to-iag']);
export type ComplianceOutcome = z.infer<typeof ComplianceOutcomeSchema>;

export const COMPLIANCE_OUTCOME_LABELS: Readonly<Record<ComplianceOutcome, string>> = {
  compliant: 'Compliant',
  'non-compliant': 'Non-compliant',
  'referred-to-iag': 'Referred to the Inspection Action Group',
};

export const IagPanelSchema = z.enum(['IAG1', 'IAG2']);
export type IagPanel = z.infer<typeof IagPanelSchema>;

export const IAG_PANEL_LABELS: Readonly<Record<IagPanel, string>> = {
  IAG1: 'IAG1 (GMP and GDP)',
  IAG2: 'IAG2 (GCP and pharmacovigilance)',
};

/** The panel that hears a referral for a discipline (DOMAIN.md 2.3 step 7). */
export function iagPanelFor(discipline: Discipline): IagPanel {
  return discipline === 'GMP' ? 'IAG1' : 'IAG2';
}

export const RiskLevelSchema = z.enum(['low', 'medium', 'high']);
export type RiskLevel = z.infer<typeof RiskLevelSchema>;

export const RISK_LEVEL_LABELS: Readonly<Record<RiskLevel, string>> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

export const RiskInputsSchema = z
  .object({
    /** How complex the site's activities are (sterile, biological, many DM sites...). */
    complexity: RiskLevelSchema,
    /** How critical its products are to patients (sole supplier, life-saving, ATMP...). */
    criticality: RiskLevelSchema,
    /** From this inspection's deficiencies; suggested by riskRating.ts and confirmed by the inspector. */
    complianceRisk: RiskLevelSchema,
    notes: LongText,
  })
  .strict();
export type RiskInputs = z.infer<typeof RiskInputsSchema>;

export const InspectionCloseOutSchema = z
  .object({
    outcome: ComplianceOutcomeSchema,
    /** Set only for a referral. */
    iagPanel: IagPanelSchema.nullable(),
    /** The inspector's words for the compliance statement, added to the report's conclusion. */
    statement: LongText,
    decidedOn: IsoDate,
    risk: RiskInputsSchema,
  })
  .strict()
  .refine((value) => (value.outcome === 'referred-to-iag') === (value.iagPanel !== null), {
    message: 'choose the Inspection Action Group for a referral, and only for a referral',
    path: ['iagPanel'],
  });
export type InspectionCloseOut = z.infer<typeof InspectionCloseOutSchema>;
