/** Help: the keyboard shortcuts of the menu commands, for the shell the app is running in. */
import { describeBrowserKey, MENU_COMMANDS } from '@shared/ipc/menuCommands';
import { usePageTitle } from '../../app/usePageTitle';
import { usePlatform } from '../../platform/PlatformContext';

function describeAccelerator(accelerator: string): string {
  const isMac = navigator.userAgent.includes('Mac');
  return accelerator.replace('CmdOrCtrl', isMac ? 'Cmd' : 'Ctrl');
}

export function KeyboardShortcutsPage() {
  usePageTitle('Keyboard shortcuts');
  const platform = usePlatform();
  const rows = Object.values(MENU_COMMANDS)
    .map((info) => ({
      label: info.label,
      keys:
        platform.kind === 'electron'
          ? info.accelerator && describeAccelerator(info.accelerator)
          : describeBrowserKey(info),
    }))
    .filter((row): row is { label: string; keys: string } => Boolean(row.keys));
  return (
    <>
      <h1 className="govuk-heading-l">Keyboard shortcuts</h1>
      <p className="govuk-body">
        Every screen works from the keyboard. Tab moves between controls; these keys jump straight to a task.
      </p>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Anywhere in the workbench</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Action
            </th>
            <th scope="col" className="govuk-table__header">
              Keys
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.label}>
              <td className="govuk-table__cell">{row.label}</td>
              <td className="govuk-table__cell">
                <kbd>{row.keys}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
