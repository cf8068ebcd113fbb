/**
 * The annotation tools as toggle buttons (one pressed at a time, reachable with Tab and Enter or
 * Space), the words for the text tool, and Undo.
 */
import { Button } from '../../components/govuk/Button';
import { TextInput } from '../../components/govuk/TextInput';
import { ANNOTATION_TOOLS, MAX_ANNOTATION_TEXT, type AnnotationTool } from '../../photos/annotations';

export interface AnnotationToolbarProps {
  tool: AnnotationTool;
  onToolChange: (tool: AnnotationTool) => void;
  text: string;
  onTextChange: (text: string) => void;
  canUndo: boolean;
  onUndo: () => void;
}

export function AnnotationToolbar({ tool, onToolChange, text, onTextChange, canUndo, onUndo }: AnnotationToolbarProps) {
  return (
    <div className="app-annotation-tools">
      <div className="govuk-button-group" role="toolbar" aria-label="Drawing tools">
        {ANNOTATION_TOOLS.map((item) => (
          <Button
            key={item.tool}
            type="button"
            variant="secondary"
            aria-pressed={tool === item.tool}
            onClick={() => onToolChange(item.tool)}
          >
            {item.label}
          </Button>
        ))}
        <Button type="button" variant="secondary" disabled={!canUndo} onClick={onUndo}>
          Undo
        </Button>
      </div>
      {tool === 'text' && (
        <TextInput
          id="annotation-text"
          label="Text to place"
          hint="Then click the photo, or press Enter on it, where the text should go"
          value={text}
          maxLength={MAX_ANNOTATION_TEXT}
          onChange={(event) => onTextChange(event.target.value)}
        />
      )}
    </div>
  );
}
