/**
 * Signing the report as author, reviewer or approver (21 CFR 11.50, 11.70, 11.200; SECURITY.md C3).
 * The page shows what is being signed (reference, meaning, content SHA-256), re-authenticates the
 * signer through `reauthenticate`, and records the signature bound to the content hash shown when
 * the page opened: if the report changes meanwhile, signing is refused.
 */
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { SignatureMeaningSchema, type SignatureMeaning } from '@shared/domain/closeOut';
import { TEAM_ROLE_LABELS } from '@shared/domain/inspection';
import { buildReportModel } from '@shared/report/buildReportModel';
import { allDeficiencies } from '@shared/report/deficiencies';
import { ALL_ANNEXES, SIGNATURE_MEANING_LABELS, type ReportDocument } from '@shared/report/reportDocument';
import { usePageTitle } from '../../app/usePageTitle';
import { BackLink } from '../../components/govuk/BackLink';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { SummaryList } from '../../components/govuk/SummaryList';
import { TextInput } from '../../components/govuk/TextInput';
import { WarningText } from '../../components/govuk/WarningText';
import { useCommit, useCurrentUser, useDataStore } from '../../db/DataContext';
import { summaryItems } from '../../forms/formErrors';
import { NotFoundPage } from '../help/NotFoundPage';
import { useInspection } from '../workspace/InspectionContext';
import { CONFIRMATION_WORDS, devicePassphraseCheck, reauthenticate } from './reauthenticate';
import { signReport } from './signReport';
import { useReportInput } from './useReportInput';
import './report.css';

const AGENCY_ROLE_LABELS = {
  inspector: 'Inspector',
  'lead-inspector': 'Lead inspector',
  reviewer: 'Reviewer',
  admin: 'Administrator',
} as const;

export function SignReportPage() {
  const parsed = SignatureMeaningSchema.safeParse(useParams().meaning);
  const input = useReportInput();
  const [openedAt] = useState(() => new Date().toISOString());
  const model = useMemo(
    () => (input ? buildReportModel(input, { generatedAt: openedAt, annexes: ALL_ANNEXES }) : undefined),
    [input, openedAt],
  );
  usePageTitle(parsed.success ? `Sign the report as ${parsed.data}` : 'Page not found');
  if (!parsed.success) return <NotFoundPage />;
  if (!model) return <p className="govuk-body">Loading the report…</p>;
  return <SignForm meaning={parsed.data} model={model} />;
}

function SignForm({ meaning, model }: { meaning: SignatureMeaning; model: ReportDocument }) {
  const inspection = useInspection();
  const user = useCurrentUser();
  const commit = useCommit();
  const store = useDataStore();
  const navigate = useNavigate();
  const member = inspection.team.find((m) => m.userId === user.id);
  const [reviewedSha256] = useState(model.generation.contentSha256);
  const [role, setRole] = useState(member ? TEAM_ROLE_LABELS[member.role] : AGENCY_ROLE_LABELS[user.agencyRole]);
  const [passphrase, setPassphrase] = useState('');
  const [typedMeaning, setTypedMeaning] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const back = `/inspections/${inspection.id}/report`;
  const changed = reviewedSha256 !== model.generation.contentSha256;

  async function submit() {
    const found: Record<string, string> = {};
    if (!role.trim()) found['role'] = 'Enter your role, as it should appear with your signature';
    setSaving(true);
    const check = await reauthenticate({ passphrase, typedMeaning }, meaning, devicePassphraseCheck(store.db));
    if (!check.ok) Object.assign(found, check.errors);
    if (Object.keys(found).length > 0) {
      setSaving(false);
      return setErrors(found);
    }
    try {
      await signReport(commit, {
        inspectionId: inspection.id,
        signer: { userId: user.id, name: user.name, role: role.trim() },
        meaning,
        reviewedContentSha256: reviewedSha256,
        currentContentSha256: model.generation.contentSha256,
        now: new Date(),
      });
      void navigate(back, { state: { signed: `You signed the report as ${meaning}.` } });
    } catch (error) {
      setErrors({ passphrase: error instanceof Error ? error.message : String(error) });
      setSaving(false);
    }
  }

  return (
    <>
      <BackLink href={back}>Back to the report</BackLink>
      {Object.keys(errors).length > 0 && <ErrorSummary errors={summaryItems(errors, 'sign-')} />}
      <h1 className="govuk-heading-l">Sign the report as {meaning}</h1>
      <SummaryList
        rows={[
          { key: 'Report', value: `${inspection.reference}: ${inspection.organisationName}` },
          { key: 'Meaning of your signature', value: SIGNATURE_MEANING_LABELS[meaning] },
          { key: 'Signed by', value: user.name },
          {
            key: 'Deficiencies',
            value: String(allDeficiencies(model.content.deficiencyLists).filter((d) => d.classification !== 'comment').length),
          },
          { key: 'Content SHA-256', value: <span className="app-hash">{reviewedSha256}</span> },
        ]}
      />
      {changed && (
        <WarningText>
          The report has changed since you opened this page. Go back and look at the new preview before signing.
        </WarningText>
      )}
      <p className="govuk-body">
        Your signature records your name, your role, its meaning, the time in UTC and the SHA-256 above. Any later change
        to the report makes it no longer valid.
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!saving) void submit();
        }}
      >
        <TextInput
          id="sign-role"
          label="Your role"
          hint="As it should appear with your signature"
          value={role}
          onChange={(e) => setRole(e.target.value)}
          error={errors['role']}
        />
        <TextInput
          id="sign-passphrase"
          label="Your passphrase"
          hint="The passphrase that unlocks Inspection Workbench on this device"
          type="password"
          autoComplete="current-password"
          spellCheck={false}
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          error={errors['passphrase']}
        />
        <TextInput
          id="sign-typedMeaning"
          label="Confirm what your signature means"
          hint={`Type: ${CONFIRMATION_WORDS[meaning]}`}
          autoComplete="off"
          value={typedMeaning}
          onChange={(e) => setTypedMeaning(e.target.value)}
          error={errors['typedMeaning']}
        />
        <Button type="submit" disabled={saving || changed}>
          Sign the report
        </Button>
      </form>
    </>
  );
}
