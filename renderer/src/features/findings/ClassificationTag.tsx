/** A finding's grade as a tag: red for critical, orange for major, and quieter colours below. */
import { gradeLabel, type Classification } from '@shared/domain/classificationSchemes';
import type { Discipline } from '@shared/domain/disciplines';
import { Tag, type TagColour } from '../../components/govuk/Tag';

const COLOURS: Record<Classification, TagColour> = {
  critical: 'red',
  major: 'orange',
  other: 'yellow',
  minor: 'yellow',
  comment: 'grey',
};

export function ClassificationTag({
  discipline,
  classification,
}: {
  discipline: Discipline;
  classification: Classification;
}) {
  return <Tag colour={COLOURS[classification]}>{gradeLabel(discipline, classification)}</Tag>;
}
