/** Add or change a member of the inspection team: name, initials, role and disciplines. */
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { v7 as uuidv7 } from 'uuid';
import { DisciplineSchema, type Discipline } from '@shared/domain/disciplines';
import { TEAM_ROLE_LABELS, TeamRoleSchema, type TeamMember } from '@shared/domain/inspection';
import { usePageTitle } from '../../app/usePageTitle';
import { BackLink } from '../../components/govuk/BackLink';
import { Button } from '../../components/govuk/Button';
import { Checkboxes } from '../../components/govuk/Checkboxes';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Radios } from '../../components/govuk/Radios';
import { TextInput } from '../../components/govuk/TextInput';
import { useCommit } from '../../db/DataContext';
import { summaryItems } from '../../forms/formErrors';
import { useFormSubmission, type Validation } from '../../forms/useFormSubmission';
import { useInspection } from '../workspace/InspectionContext';

interface MemberValues {
  name: string;
  initials: string;
  role: string;
  disciplines: string[];
}

function validateMember(values: MemberValues, others: readonly TeamMember[]): Validation<Omit<TeamMember, 'userId'>> {
  const errors: Record<string, string> = {};
  const role = TeamRoleSchema.safeParse(values.role);
  const initials = values.initials.trim().toUpperCase();
  if (!values.name.trim()) errors['name'] = 'Enter the team member’s name';
  if (!/^[A-Z]{2,4}$/.test(initials)) errors['initials'] = 'Initials must be 2 to 4 letters';
  else if (others.some((m) => m.initials === initials))
    errors['initials'] = `${initials} is already used by another team member; finding references need unique initials`;
  if (!role.success) errors['role'] = 'Select the team member’s role';
  if (!role.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name: values.name.trim(),
      initials,
      role: role.data,
      disciplines: values.disciplines.filter((d): d is Discipline => DisciplineSchema.safeParse(d).success),
    },
  };
}

export function TeamMemberFormPage() {
  const { userId } = useParams();
  const inspection = useInspection();
  const commit = useCommit();
  const navigate = useNavigate();
  const existing = inspection.team.find((m) => m.userId === userId);
  const title = existing ? `Change ${existing.name}` : 'Add a team member';
  usePageTitle(title);
  const [values, setValues] = useState<MemberValues>({
    name: existing?.name ?? '',
    initials: existing?.initials ?? '',
    role: existing?.role ?? '',
    disciplines: [...(existing?.disciplines ?? [])],
  });
  const back = `/inspections/${inspection.id}/plan`;
  const others = inspection.team.filter((m) => m.userId !== existing?.userId);
  const form = useFormSubmission(
    () => validateMember(values, others),
    async (member) => {
      const updated = existing
        ? inspection.team.map((m) => (m.userId === existing.userId ? { ...member, userId: m.userId } : m))
        : [...inspection.team, { ...member, userId: uuidv7() }];
      await commit({ intents: [{ op: 'update', entity: 'inspection', id: inspection.id, fields: { team: updated } }] });
      void navigate(back);
    },
    'name',
  );
  return (
    <>
      <BackLink href={back}>Back</BackLink>
      {Object.keys(form.errors).length > 0 && <ErrorSummary errors={summaryItems(form.errors, 'member-')} />}
      <h1 className="govuk-heading-l">{title}</h1>
      <form noValidate onSubmit={form.onSubmit}>
        <TextInput
          id="member-name"
          label="Name"
          value={values.name}
          onChange={(e) => setValues({ ...values, name: e.target.value })}
          error={form.errors['name']}
        />
        <TextInput
          id="member-initials"
          label="Initials"
          width={4}
          value={values.initials}
          onChange={(e) => setValues({ ...values, initials: e.target.value.toUpperCase() })}
          error={form.errors['initials']}
        />
        <Radios
          idPrefix="member-role"
          name="role"
          legend="Role"
          legendSize="s"
          value={values.role}
          onChange={(role) => setValues({ ...values, role })}
          error={form.errors['role']}
          items={TeamRoleSchema.options.map((role) => ({ value: role, label: TEAM_ROLE_LABELS[role] }))}
        />
        <Checkboxes
          idPrefix="member-disciplines"
          name="disciplines"
          legend="Disciplines"
          legendSize="s"
          values={values.disciplines}
          onChange={(disciplines) => setValues({ ...values, disciplines: [...disciplines] })}
          items={inspection.disciplines.map((d) => ({ value: d, label: d }))}
        />
        <Button type="submit" disabled={form.saving}>
          {existing ? 'Save changes' : 'Add team member'}
        </Button>
      </form>
    </>
  );
}
