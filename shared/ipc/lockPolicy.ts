/**
 * Names both sides of the app lock must agree on: the secret under which the OS keychain keeps the
 * data key (the one secret main hands out while locked, because unlocking with the keychain needs
 * it), and the file names of the recovery export (the one save main allows while locked, because the
 * recovery screen runs when the database cannot be opened and so can never be unlocked).
 */
export const OS_DATA_KEY_SECRET = 'workbench-data-key';

/** `inspection-workbench-recovery-<stamp>.zip` or `…-part<n>.zip`, as rawExport names its parts. */
export const RECOVERY_EXPORT_FILE_PATTERN =
  /^inspection-workbench-recovery-[0-9]{4}-[0-9]{2}-[0-9]{2}-[0-9]{4}Z(-part[0-9]{1,4})?\.zip$/;

export const RECOVERY_EXPORT_BASE_NAME = 'inspection-workbench-recovery';
