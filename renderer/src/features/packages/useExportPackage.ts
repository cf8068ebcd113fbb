/**
 * Exporting an inspection package (one inspection, or everything on the device) and saving it where
 * the platform saves files: a download in the browser, a save dialog in the desktop app.
 */
import { useCallback, useState } from 'react';
import type { PackageScope } from '@shared/packages/packageManifest';
import { useData } from '../../db/DataContext';
import { buildPackageWithReport, packageFileName } from '../../packages/writePackage';
import { usePlatform } from '../../platform/PlatformContext';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; fileName: string; saved: boolean; missingPhotos: number }
  | { kind: 'failed'; message: string };

export function useExportPackage(): { state: ExportState; exportPackage: (scope: PackageScope) => Promise<void> } {
  const { store, profile, session } = useData();
  const platform = usePlatform();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const exportPackage = useCallback(
    async (scope: PackageScope) => {
      setState({ kind: 'working' });
      try {
        const built = await buildPackageWithReport(store, scope, session.actor, profile.device.id);
        const fileName = packageFileName(scope, new Date());
        const result = await platform.saveFile(fileName, built.bytes, [
          { name: 'Inspection package', extensions: ['zip'] },
        ]);
        setState({ kind: 'done', fileName, saved: result.saved, missingPhotos: built.missingBlobs.length });
      } catch (error) {
        setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    },
    [store, session, profile, platform],
  );
  return { state, exportPackage };
}
