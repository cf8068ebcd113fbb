/** Add or change a DM product in scope: designation (POC or MM), designation reference, DMMF version. */
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { v7 as uuidv7 } from 'uuid';
import { usePageTitle } from '../../app/usePageTitle';
import { BackLink } from '../../components/govuk/BackLink';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Radios } from '../../components/govuk/Radios';
import { TextInput } from '../../components/govuk/TextInput';
import { useCommit } from '../../db/DataContext';
import type { Stored } from '../../db/DataStore';
import { useLiveRecord } from '../../db/liveQueries';
import { summaryItems } from '../../forms/formErrors';
import { useFormSubmission } from '../../forms/useFormSubmission';
import { useInspection } from '../workspace/InspectionContext';
import { productValuesFrom, validateProduct, type ProductValues } from './productForm';

export function ProductFormPage() {
  const { productId } = useParams();
  const product = useLiveRecord('product', productId);
  if (productId && product === undefined) return <p className="govuk-body">Loading product…</p>;
  return <ProductForm key={productId ?? 'new'} existing={product ?? undefined} />;
}

function ProductForm({ existing }: { existing: Stored<'product'> | undefined }) {
  const inspection = useInspection();
  const commit = useCommit();
  const navigate = useNavigate();
  const title = existing ? `Change ${existing.name}` : 'Add a product';
  usePageTitle(title);
  const [values, setValues] = useState<ProductValues>(productValuesFrom(existing));
  const set = (field: keyof ProductValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const back = `/inspections/${inspection.id}/plan`;
  const form = useFormSubmission(
    () => validateProduct(values),
    async (fields) => {
      if (existing) await commit({ intents: [{ op: 'update', entity: 'product', id: existing.id, fields }] });
      else
        await commit({
          intents: [
            { op: 'create', entity: 'product', fields: { id: uuidv7(), inspectionId: inspection.id, ...fields } },
          ],
        });
      void navigate(back);
    },
    'name',
  );
  return (
    <>
      <BackLink href={back}>Back</BackLink>
      {Object.keys(form.errors).length > 0 && <ErrorSummary errors={summaryItems(form.errors, 'product-')} />}
      <h1 className="govuk-heading-l">{title}</h1>
      <form noValidate onSubmit={form.onSubmit}>
        <TextInput
          id="product-name"
          label="Product name"
          value={values.name}
          onChange={(e) => set('name')(e.target.value)}
          error={form.errors['name']}
        />
        <TextInput
          id="product-dosageForm"
          label="Dosage form"
          hint="For example, suspension for infusion"
          value={values.dosageForm}
          onChange={(e) => set('dosageForm')(e.target.value)}
        />
        <Radios
          idPrefix="product-dmLegalTest"
          name="dmLegalTest"
          legend="DM designation"
          legendSize="s"
          value={values.dmLegalTest}
          onChange={set('dmLegalTest')}
          error={form.errors['dmLegalTest']}
          items={[
            { value: 'POC', label: 'Point of care (POC)' },
            { value: 'MM', label: 'Modular manufacture (MM)' },
          ]}
        />
        <TextInput
          id="product-dmDesignationReference"
          label="DM designation reference"
          width={20}
          value={values.dmDesignationReference}
          onChange={(e) => set('dmDesignationReference')(e.target.value)}
        />
        <TextInput
          id="product-dmmfVersion"
          label="DMMF version"
          hint="The master file version in force, for example 3.1"
          width={10}
          value={values.dmmfVersion}
          onChange={(e) => set('dmmfVersion')(e.target.value)}
        />
        <TextInput
          id="product-authorisation"
          label="Authorisation"
          hint="MA, CTA or specials route, with its number"
          value={values.authorisation}
          onChange={(e) => set('authorisation')(e.target.value)}
        />
        <Button type="submit" disabled={form.saving}>
          {existing ? 'Save changes' : 'Add product'}
        </Button>
      </form>
    </>
  );
}
