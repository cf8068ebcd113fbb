/**
 * The Close-out screen (DOMAIN.md 2.2, 2.3 step 7): the compliance outcome (compliant,
 * non-compliant, or referral to the Inspection Action Group, IAG1 for GMP and IAG2 for GCP and PV),
 * the words of the compliance statement, and the PIC/S PI 037-style risk-rating inputs for planning
 * the next inspection, with the ratings they give. Saving records the close-out on the inspection and
 * closes it.
 */
import { useState } from 'react';
import type { Classification } from '@shared/domain/classificationSchemes';
import {
  COMPLIANCE_OUTCOME_LABELS,
  ComplianceOutcomeSchema,
  IAG_PANEL_LABELS,
  iagPanelFor,
  IagPanelSchema,
  RISK_LEVEL_LABELS,
  RiskLevelSchema,
  type IagPanel,
  type InspectionCloseOut,
  type RiskLevel,
} from '@shared/domain/inspectionCloseOut';
import { intrinsicRisk, relativeRiskRating, suggestedComplianceRisk, SUGGESTED_INTERVAL_MONTHS } from '@shared/domain/riskRating';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../components/govuk/Button';
import { DateInput, type DateParts } from '../../components/govuk/DateInput';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { Radios } from '../../components/govuk/Radios';
import { SummaryList } from '../../components/govuk/SummaryList';
import { Textarea } from '../../components/govuk/Textarea';
import { WarningText } from '../../components/govuk/WarningText';
import { useCommit } from '../../db/DataContext';
import { useLiveRecords } from '../../db/liveQueries';
import { isoFromParts, partsFromIso } from '../../forms/dateParts';
import { summaryItems } from '../../forms/formErrors';
import { useFormSubmission, type Validation } from '../../forms/useFormSubmission';
import { useInspection } from '../workspace/InspectionContext';

interface CloseOutValues {
  outcome: string;
  iagPanel: string;
  statement: string;
  decidedOn: DateParts;
  complexity: string;
  criticality: string;
  complianceRisk: string;
  notes: string;
}

const levelItems = RiskLevelSchema.options.map((level) => ({ value: level, label: RISK_LEVEL_LABELS[level] }));

function level(value: string): RiskLevel | null {
  const parsed = RiskLevelSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function CloseOutPage() {
  usePageTitle('Close-out');
  const inspection = useInspection();
  const findings = useLiveRecords('finding', { inspectionId: inspection.id });
  if (!findings) return <p className="govuk-body">Loading…</p>;
  return <CloseOutForm key={inspection.id} classifications={findings.map((f) => f.classification)} disciplinesWithCriticals={findings.filter((f) => f.classification === 'critical').map((f) => f.discipline)} />;
}

function CloseOutForm({
  classifications,
  disciplinesWithCriticals,
}: {
  classifications: readonly Classification[];
  disciplinesWithCriticals: readonly ('GMP' | 'GCP' | 'PV')[];
}) {
  const inspection = useInspection();
  const commit = useCommit();
  const [saved, setSaved] = useState(false);
  const current = inspection.closeOut;
  const suggestedRisk = suggestedComplianceRisk(classifications);
  const suggestedPanel: IagPanel = iagPanelFor(disciplinesWithCriticals[0] ?? inspection.disciplines[0] ?? 'GMP');
  const [values, setValues] = useState<CloseOutValues>({
    outcome: current?.outcome ?? '',
    iagPanel: current?.iagPanel ?? suggestedPanel,
    statement: current?.statement ?? '',
    decidedOn: partsFromIso(current?.decidedOn),
    complexity: current?.risk.complexity ?? '',
    criticality: current?.risk.criticality ?? '',
    complianceRisk: current?.risk.complianceRisk ?? suggestedRisk,
    notes: current?.risk.notes ?? '',
  });
  const set = <K extends keyof CloseOutValues>(field: K, value: CloseOutValues[K]) => {
    setSaved(false);
    setValues((v) => ({ ...v, [field]: value }));
  };

  const form = useFormSubmission(
    (): Validation<InspectionCloseOut> => {
      const errors: Record<string, string> = {};
      const outcome = ComplianceOutcomeSchema.safeParse(values.outcome);
      const panel = IagPanelSchema.safeParse(values.iagPanel);
      const decidedOn = isoFromParts(values.decidedOn);
      const [complexity, criticality, complianceRisk] = [values.complexity, values.criticality, values.complianceRisk].map(level);
      if (!outcome.success) errors['outcome'] = 'Choose the compliance outcome';
      const referred = outcome.success && outcome.data === 'referred-to-iag';
      if (referred && !panel.success) errors['iagPanel'] = 'Choose the Inspection Action Group';
      if (typeof decidedOn !== 'string') errors['decidedOn'] = `The date of the decision ${decidedOn.error}`;
      if (!complexity) errors['complexity'] = 'Choose the complexity of the site’s activities';
      if (!criticality) errors['criticality'] = 'Choose how critical its products are';
      if (!complianceRisk) errors['complianceRisk'] = 'Choose the compliance risk';
      if (!outcome.success || typeof decidedOn !== 'string' || !complexity || !criticality || !complianceRisk)
        return { ok: false, errors };
      if (referred && !panel.success) return { ok: false, errors };
      return {
        ok: true,
        value: {
          outcome: outcome.data,
          iagPanel: referred && panel.success ? panel.data : null,
          statement: values.statement,
          decidedOn,
          risk: { complexity, criticality, complianceRisk, notes: values.notes },
        },
      };
    },
    async (closeOut: InspectionCloseOut) => {
      await commit({
        intents: [{ op: 'update', entity: 'inspection', id: inspection.id, fields: { closeOut, status: 'closed' } }],
      });
      setSaved(true);
    },
    'outcome',
  );

  const complexity = level(values.complexity);
  const criticality = level(values.criticality);
  const compliance = level(values.complianceRisk);
  const intrinsic = complexity && criticality ? intrinsicRisk(complexity, criticality) : null;
  const rating = intrinsic && compliance ? relativeRiskRating(intrinsic, compliance) : null;

  return (
    <>
      {Object.keys(form.errors).length > 0 && (
        <ErrorSummary errors={summaryItems(form.errors, 'closeout-', { decidedOn: 'closeout-decidedOn-day' })} />
      )}
      {saved && <NotificationBanner type="success" heading="The close-out has been recorded and the inspection is closed." />}
      <h1 className="govuk-heading-l">Close-out</h1>
      <WarningText>
        The outcome is part of the report’s conclusion: recording or changing it after the report was signed makes those
        signatures no longer valid, and a new version must be signed and issued.
      </WarningText>
      <form noValidate onSubmit={form.onSubmit}>
        <Radios
          idPrefix="closeout-outcome"
          name="outcome"
          legend="Compliance outcome"
          legendSize="m"
          value={values.outcome}
          onChange={(next) => set('outcome', next)}
          error={form.errors['outcome']}
          items={ComplianceOutcomeSchema.options.map((outcome) => ({
            value: outcome,
            label: COMPLIANCE_OUTCOME_LABELS[outcome],
            ...(outcome === 'referred-to-iag'
              ? {
                  conditional: (
                    <Radios
                      idPrefix="closeout-iagPanel"
                      name="iagPanel"
                      legend="Which Inspection Action Group"
                      legendSize="s"
                      hint={`Suggested from the critical findings: ${suggestedPanel}`}
                      value={values.iagPanel}
                      onChange={(next) => set('iagPanel', next)}
                      error={form.errors['iagPanel']}
                      items={IagPanelSchema.options.map((panel) => ({ value: panel, label: IAG_PANEL_LABELS[panel] }))}
                    />
                  ),
                }
              : {}),
          }))}
        />
        <Textarea
          id="closeout-statement"
          label="Compliance statement"
          hint="Added to the conclusion of the report, after the standard wording for the outcome"
          rows={4}
          value={values.statement}
          onChange={(e) => set('statement', e.target.value)}
        />
        <DateInput
          id="closeout-decidedOn"
          legend="Date of the decision"
          legendSize="s"
          hint="For example 10 12 2026"
          value={values.decidedOn}
          onChange={(parts) => set('decidedOn', parts)}
          error={form.errors['decidedOn']}
        />
        <h2 className="govuk-heading-m">Risk rating for the next inspection</h2>
        <p className="govuk-body">
          Inputs for the agency’s risk-based planning, in the style of PIC/S PI 037-1: complexity and criticality give the
          intrinsic risk; the deficiencies found give the compliance risk.
        </p>
        <Radios
          idPrefix="closeout-complexity"
          name="complexity"
          legend="Complexity of the site’s activities"
          legendSize="s"
          hint="For example sterile or biological manufacture, or many DM sites, is high"
          inline
          value={values.complexity}
          onChange={(next) => set('complexity', next)}
          error={form.errors['complexity']}
          items={levelItems}
        />
        <Radios
          idPrefix="closeout-criticality"
          name="criticality"
          legend="Criticality of its products"
          legendSize="s"
          hint="For example a sole supplier of a life-saving product is high"
          inline
          value={values.criticality}
          onChange={(next) => set('criticality', next)}
          error={form.errors['criticality']}
          items={levelItems}
        />
        <Radios
          idPrefix="closeout-complianceRisk"
          name="complianceRisk"
          legend="Compliance risk from this inspection"
          legendSize="s"
          hint={`Suggested from the deficiencies found: ${RISK_LEVEL_LABELS[suggestedRisk]}`}
          inline
          value={values.complianceRisk}
          onChange={(next) => set('complianceRisk', next)}
          error={form.errors['complianceRisk']}
          items={levelItems}
        />
        <SummaryList
          rows={[
            { key: 'Intrinsic risk', value: intrinsic ? RISK_LEVEL_LABELS[intrinsic] : 'Choose complexity and criticality' },
            { key: 'Relative risk rating', value: rating ? RISK_LEVEL_LABELS[rating] : 'Not yet known' },
            {
              key: 'Suggested interval',
              value: rating ? `${SUGGESTED_INTERVAL_MONTHS[rating]} months until the next inspection` : 'Not yet known',
            },
          ]}
        />
        <Textarea
          id="closeout-notes"
          label="Notes for planning"
          rows={3}
          value={values.notes}
          onChange={(e) => set('notes', e.target.value)}
        />
        <Button type="submit" disabled={form.saving}>
          Record the close-out and close the inspection
        </Button>
      </form>
    </>
  );
}
