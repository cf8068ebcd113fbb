/** Choose one option: the GOV.UK Frontend radios, with inline, small, dividers and conditional reveal. */
// Native radios sharing one name keep the browser's arrow-key movement between options.
import { ChoiceList, type ChoiceGroupProps, type ChoiceItem } from './ChoiceList';
import { useControllableState } from '../useControllableState';

export type RadioItem = ChoiceItem;

export interface RadiosProps extends ChoiceGroupProps<RadioItem> {
  /** The chosen value when the parent controls it; `''` means nothing chosen. */
  value?: string | undefined;
  defaultValue?: string | undefined;
  onChange?: ((value: string) => void) | undefined;
  /** Side by side, for two short options such as Yes and No. */
  inline?: boolean | undefined;
}

export function Radios({ value, defaultValue = '', onChange, inline, ...groupProps }: RadiosProps) {
  const [selected, setSelected] = useControllableState(value, defaultValue, onChange);
  return (
    <ChoiceList<RadioItem>
      {...groupProps}
      kind="radios"
      modifierClasses={[inline && 'govuk-radios--inline']}
      isChecked={(itemValue) => itemValue === selected}
      onToggle={(item) => setSelected(item.value)}
    />
  );
}
