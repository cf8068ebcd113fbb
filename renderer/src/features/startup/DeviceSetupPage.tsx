/**
 * First run on a device: who will use it. The answers become the user and device records that every
 * change is attributed to (ALCOA+: attributable). Shown until a profile exists.
 */
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { UserSchema } from '@shared/domain/profile';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Radios } from '../../components/govuk/Radios';
import { TextInput } from '../../components/govuk/TextInput';
import type { DataStore } from '../../db/DataStore';
import { createProfile, type DeviceProfile } from '../../db/deviceProfile';
import { fieldErrorsFromZod, summaryItems, type FieldErrors } from '../../forms/formErrors';
import { usePageTitle } from '../../app/usePageTitle';

const SetupSchema = UserSchema.omit({ id: true }).extend({
  deviceLabel: z.string().trim().min(1, 'Enter a name for this device').max(100),
});

const LABELS: Record<string, string> = {
  name: 'Your name',
  initials: 'Initials',
  email: 'Email address',
  deviceLabel: 'Device name',
};

export function DeviceSetupPage({
  store,
  onCreated,
}: {
  store: DataStore;
  onCreated: (profile: DeviceProfile) => void;
}) {
  usePageTitle('Set up this device');
  const [values, setValues] = useState({
    name: '',
    initials: '',
    email: '',
    agencyRole: 'inspector',
    deviceLabel: 'Inspection laptop',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = SetupSchema.safeParse({
      ...values,
      name: values.name.trim(),
      initials: values.initials.trim().toUpperCase(),
      email: values.email.trim(),
    });
    if (!parsed.success) return setErrors(fieldErrorsFromZod(parsed.error, LABELS));
    setErrors({});
    setSaving(true);
    try {
      const { deviceLabel, ...user } = parsed.data;
      onCreated(await createProfile(store, user, deviceLabel));
    } catch (error) {
      setErrors({ name: error instanceof Error ? error.message : String(error) });
      setSaving(false);
    }
  }

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {Object.keys(errors).length > 0 && <ErrorSummary errors={summaryItems(errors, 'setup-')} />}
          <h1 className="govuk-heading-l">Set up this device</h1>
          <p className="govuk-body">
            Everything you record is signed with your name and this device, so the audit trail shows who did what. You
            can sign in to the agency gateway later to sync.
          </p>
          <form noValidate onSubmit={(event) => void submit(event)}>
            <TextInput
              id="setup-name"
              label={LABELS['name']}
              autoComplete="name"
              value={values.name}
              onChange={(e) => set('name')(e.target.value)}
              error={errors['name']}
            />
            <TextInput
              id="setup-initials"
              label={LABELS['initials']}
              hint="2 to 4 letters. They make your finding references, for example GMP-JS-001."
              width={4}
              value={values.initials}
              onChange={(e) => set('initials')(e.target.value.toUpperCase())}
              error={errors['initials']}
            />
            <TextInput
              id="setup-email"
              label={LABELS['email']}
              hint="Optional"
              type="email"
              autoComplete="email"
              value={values.email}
              onChange={(e) => set('email')(e.target.value)}
              error={errors['email']}
            />
            <Radios
              name="agencyRole"
              legend="Your role"
              legendSize="s"
              value={values.agencyRole}
              onChange={set('agencyRole')}
              items={[
                { value: 'inspector', label: 'Inspector' },
                { value: 'lead-inspector', label: 'Lead inspector' },
                { value: 'reviewer', label: 'Reviewer' },
              ]}
            />
            <TextInput
              id="setup-deviceLabel"
              label={LABELS['deviceLabel']}
              value={values.deviceLabel}
              onChange={(e) => set('deviceLabel')(e.target.value)}
              error={errors['deviceLabel']}
            />
            <Button type="submit" disabled={saving}>
              Continue
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
