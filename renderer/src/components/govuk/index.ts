/** GOV.UK Frontend components for React: faithful markup, behaviour in React, no govuk-frontend JavaScript. */
export { BackLink, type BackLinkProps } from './BackLink';
export { Breadcrumbs, type BreadcrumbItem, type BreadcrumbsProps } from './Breadcrumbs';
export { Button, type ButtonElementProps, type ButtonLinkProps, type ButtonProps, type ButtonVariant } from './Button';
export { CharacterCount, type CharacterCountProps, type CountType } from './CharacterCount';
export { Checkboxes, type CheckboxItem, type CheckboxesProps } from './Checkboxes';
export type { ChoiceDivider, ChoiceItem } from './ChoiceList';
export { DateInput, type DatePart, type DateParts, type DateInputProps } from './DateInput';
export { Details, type DetailsProps } from './Details';
export { ErrorMessage, type ErrorMessageProps } from './ErrorMessage';
export { ErrorSummary, focusField, type ErrorSummaryItem, type ErrorSummaryProps } from './ErrorSummary';
export { Fieldset, type FieldsetProps } from './Fieldset';
export { FileUpload, type FileUploadProps } from './FileUpload';
export { FormGroup, type FormGroupProps } from './FormGroup';
export { Hint, type HintProps } from './Hint';
export { InsetText, type InsetTextProps } from './InsetText';
export { Label, type HeadingSize, type LabelProps } from './Label';
export { NotificationBanner, type NotificationBannerProps } from './NotificationBanner';
export { Pagination, type PaginationItem, type PaginationLink, type PaginationProps } from './Pagination';
export { Panel, type PanelProps } from './Panel';
export { Radios, type RadioItem, type RadiosProps } from './Radios';
export { Select, type SelectOption, type SelectProps } from './Select';
export {
  SummaryList,
  type SummaryAction,
  type SummaryCardOptions,
  type SummaryListProps,
  type SummaryListRow,
} from './SummaryList';
export { Table, type TableCell, type TableCellOptions, type TableProps } from './Table';
export { Tabs, type TabItem, type TabsProps } from './Tabs';
export { Tag, type TagColour, type TagProps } from './Tag';
export { TaskList, type TaskListItem, type TaskListProps, type TaskStatus } from './TaskList';
export { TextInput, type InputWidth, type TextInputProps } from './TextInput';
export { Textarea, type TextareaProps } from './Textarea';
export { WarningText, type WarningTextProps } from './WarningText';
