/**
 * Permission decisions (SECURITY.md A5). Electron grants every permission by default; the workbench
 * needs only the camera (photo evidence), and only for its own origin. Everything else is denied.
 */
import type { Session } from 'electron';
import { isTrustedOrigin } from './appOrigin';

interface PermissionDetails {
  requestingUrl?: string;
  mediaTypes?: readonly string[];
  securityOrigin?: string;
}

export function isPermissionAllowed(
  permission: string,
  details: PermissionDetails,
  trustedOrigins: readonly string[],
): boolean {
  if (permission !== 'media') return false;
  const url = details.requestingUrl ?? details.securityOrigin;
  if (!isTrustedOrigin(url, trustedOrigins)) return false;
  // Only video: the app never records sound. An absent list is a permission check, which Chromium
  // makes for camera enumeration; it is allowed for the app's origin.
  const mediaTypes = details.mediaTypes ?? ['video'];
  return mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video');
}

export function applyPermissionPolicy(session: Session, trustedOrigins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details, trustedOrigins));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    const mediaTypes = details.mediaType ? [details.mediaType] : undefined;
    return isPermissionAllowed(
      permission,
      { requestingUrl: details.requestingUrl ?? requestingOrigin, ...(mediaTypes ? { mediaTypes } : {}) },
      trustedOrigins,
    );
  });
  session.setDevicePermissionHandler(() => false);
}
