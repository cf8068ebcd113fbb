/** Values and validation of the product form: a DM product with its designation and DMMF version. */
import { DmLegalTestSchema, type Product } from '@shared/domain/product';
import type { Validation } from '../../forms/useFormSubmission';

export type ProductFields = Omit<Product, 'id' | 'inspectionId'>;
export type ProductValues = Record<keyof ProductFields, string>;

export function productValuesFrom(product: Product | undefined): ProductValues {
  return {
    name: product?.name ?? '',
    dosageForm: product?.dosageForm ?? '',
    dmLegalTest: product?.dmLegalTest ?? '',
    dmDesignationReference: product?.dmDesignationReference ?? '',
    dmmfVersion: product?.dmmfVersion ?? '',
    authorisation: product?.authorisation ?? '',
  };
}

export function validateProduct(values: ProductValues): Validation<ProductFields> {
  const errors: Record<string, string> = {};
  const legalTest = DmLegalTestSchema.safeParse(values.dmLegalTest);
  if (!values.name.trim()) errors['name'] = 'Enter the product name';
  if (!legalTest.success)
    errors['dmLegalTest'] = 'Select whether the product is made at the point of care or in a modular unit';
  if (!legalTest.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name: values.name.trim(),
      dosageForm: values.dosageForm.trim(),
      dmLegalTest: legalTest.data,
      dmDesignationReference: values.dmDesignationReference.trim(),
      dmmfVersion: values.dmmfVersion.trim(),
      authorisation: values.authorisation.trim(),
    },
  };
}
