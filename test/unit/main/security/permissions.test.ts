/**
 * SECURITY.md A5: Electron grants every permission unless told otherwise. Only the camera (media with
 * video only) from app://bundle is allowed; everything else, and every other origin, is denied, and
 * applyPermissionPolicy installs the request, check and device handlers on the session.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { applyPermissionPolicy, isPermissionAllowed } from '../../../../main/src/security/permissions';

const TRUSTED = ['app://bundle'];
const APP_PAGE = 'app://bundle/index.html';

describe('isPermissionAllowed', () => {
  it('allows the camera (video only) for the app origin', () => {
    expect(isPermissionAllowed('media', { requestingUrl: APP_PAGE, mediaTypes: ['video'] }, TRUSTED)).toBe(true);
  });

  it.each([
    ['audio', ['audio']],
    ['audio and video', ['video', 'audio']],
    ['an empty media list', []],
    ['an unknown media type', ['unknown']],
  ])('denies media with %s', (_name, mediaTypes) => {
    expect(isPermissionAllowed('media', { requestingUrl: APP_PAGE, mediaTypes }, TRUSTED)).toBe(false);
  });

  it.each([
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'idle-detection',
    'unknown',
  ])('denies %s even for the app origin', (permission) => {
    expect(isPermissionAllowed(permission, { requestingUrl: APP_PAGE }, TRUSTED)).toBe(false);
    expect(isPermissionAllowed(permission, { requestingUrl: APP_PAGE, mediaTypes: ['video'] }, TRUSTED)).toBe(false);
  });

  it.each(['https://evil.example/', 'app://bundle.evil/index.html', 'file:///tmp/index.html', 'not a url', undefined])(
    'denies the camera to %s',
    (requestingUrl) => {
      const details = { mediaTypes: ['video'], ...(requestingUrl === undefined ? {} : { requestingUrl }) };
      expect(isPermissionAllowed('media', details, TRUSTED)).toBe(false);
    },
  );

  it('falls back to the security origin when there is no requesting URL', () => {
    expect(isPermissionAllowed('media', { securityOrigin: 'app://bundle', mediaTypes: ['video'] }, TRUSTED)).toBe(true);
    expect(
      isPermissionAllowed('media', { securityOrigin: 'https://evil.example', mediaTypes: ['video'] }, TRUSTED),
    ).toBe(false);
  });
});

describe('applyPermissionPolicy', () => {
  type RequestHandler = (
    contents: unknown,
    permission: string,
    callback: (granted: boolean) => void,
    details: object,
  ) => void;
  type CheckHandler = (contents: unknown, permission: string, requestingOrigin: string, details: object) => boolean;
  type DeviceHandler = (details: object) => boolean;

  function install() {
    const installed: { request?: RequestHandler; check?: CheckHandler; device?: DeviceHandler } = {};
    const session = {
      setPermissionRequestHandler: vi.fn((handler: RequestHandler) => void (installed.request = handler)),
      setPermissionCheckHandler: vi.fn((handler: CheckHandler) => void (installed.check = handler)),
      setDevicePermissionHandler: vi.fn((handler: DeviceHandler) => void (installed.device = handler)),
    };
    applyPermissionPolicy(session as unknown as Session, TRUSTED);
    const { request, check, device } = installed;
    if (!request || !check || !device) throw new Error('a permission handler was not installed');
    const decide = (permission: string, details: object): boolean => {
      const callback = vi.fn();
      request(null, permission, callback, details);
      expect(callback).toHaveBeenCalledOnce();
      return callback.mock.calls[0]?.[0] as boolean;
    };
    return { session, decide, check, device };
  }

  it('installs a request, a check and a device handler', () => {
    const { session } = install();
    expect(session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(session.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(session.setDevicePermissionHandler).toHaveBeenCalledOnce();
  });

  it('grants a camera request from the app and refuses the microphone', () => {
    const { decide } = install();
    expect(decide('media', { requestingUrl: APP_PAGE, mediaTypes: ['video'] })).toBe(true);
    expect(decide('media', { requestingUrl: APP_PAGE, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(decide('media', { requestingUrl: APP_PAGE, mediaTypes: ['audio'] })).toBe(false);
  });

  it('refuses geolocation, notifications and other origins through the request handler', () => {
    const { decide } = install();
    expect(decide('geolocation', { requestingUrl: APP_PAGE })).toBe(false);
    expect(decide('notifications', { requestingUrl: APP_PAGE })).toBe(false);
    expect(decide('media', { requestingUrl: 'https://evil.example/', mediaTypes: ['video'] })).toBe(false);
  });

  it('answers permission checks the same way', () => {
    const { check } = install();
    expect(check(null, 'media', 'app://bundle', { requestingUrl: APP_PAGE, mediaType: 'video' })).toBe(true);
    expect(check(null, 'media', 'app://bundle', { requestingUrl: APP_PAGE, mediaType: 'audio' })).toBe(false);
    expect(check(null, 'media', 'https://evil.example', { mediaType: 'video' })).toBe(false);
    expect(check(null, 'geolocation', 'app://bundle', { requestingUrl: APP_PAGE })).toBe(false);
    expect(check(null, 'notifications', 'app://bundle', { requestingUrl: APP_PAGE })).toBe(false);
  });

  it('denies every device (HID, serial, USB)', () => {
    const { device } = install();
    expect(device({ deviceType: 'usb', origin: 'app://bundle' })).toBe(false);
    expect(device({ deviceType: 'hid', origin: 'app://bundle' })).toBe(false);
  });
});
