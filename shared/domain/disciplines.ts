/** The three inspection disciplines of a joint DM inspection team. */
import { z } from 'zod';

export const DisciplineSchema = z.enum(['GMP', 'GCP', 'PV']);
export type Discipline = z.infer<typeof DisciplineSchema>;

export const DISCIPLINE_NAMES: Readonly<Record<Discipline, string>> = {
  GMP: 'Good manufacturing practice',
  GCP: 'Good clinical practice',
  PV: 'Pharmacovigilance',
};
