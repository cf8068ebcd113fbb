/** The app's name and version from the platform, loaded once per component. */
import { useEffect, useState } from 'react';
import type { AppInfo } from './Platform';
import { usePlatform } from './PlatformContext';

export function useAppInfo(): AppInfo | undefined {
  const platform = usePlatform();
  const [info, setInfo] = useState<AppInfo>();
  useEffect(() => {
    let live = true;
    void platform.appInfo().then((value) => {
      if (live) setInfo(value);
    });
    return () => {
      live = false;
    };
  }, [platform]);
  return info;
}
