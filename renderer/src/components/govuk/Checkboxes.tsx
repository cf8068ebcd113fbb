/** Choose any number of options: the GOV.UK Frontend checkboxes, with conditional reveal and exclusive "None". */
import { ChoiceList, isDivider, type ChoiceGroupProps, type ChoiceItem } from './ChoiceList';
import { useControllableState } from '../useControllableState';

export interface CheckboxItem extends ChoiceItem {
  /** Ticking this unticks all others, and ticking any other unticks this (GOV.UK `behaviour: "exclusive"`). */
  exclusive?: boolean | undefined;
}

export interface CheckboxesProps extends ChoiceGroupProps<CheckboxItem> {
  values?: readonly string[] | undefined;
  defaultValues?: readonly string[] | undefined;
  onChange?: ((values: readonly string[]) => void) | undefined;
}

const NONE: readonly string[] = [];

export function nextCheckedValues(
  items: readonly CheckboxItem[],
  current: readonly string[],
  item: CheckboxItem,
  checked: boolean,
): readonly string[] {
  if (!checked) return current.filter((value) => value !== item.value);
  if (item.exclusive) return [item.value];
  const exclusive = new Set(items.filter((other) => other.exclusive).map((other) => other.value));
  return [...current.filter((value) => !exclusive.has(value) && value !== item.value), item.value];
}

export function Checkboxes({ values, defaultValues = NONE, onChange, ...groupProps }: CheckboxesProps) {
  const [checkedValues, setCheckedValues] = useControllableState(values, defaultValues, onChange);
  const items = groupProps.items.filter((option): option is CheckboxItem => !isDivider(option));
  return (
    <ChoiceList<CheckboxItem>
      {...groupProps}
      kind="checkboxes"
      isChecked={(value) => checkedValues.includes(value)}
      onToggle={(item, checked) => setCheckedValues(nextCheckedValues(items, checkedValues, item, checked))}
    />
  );
}
