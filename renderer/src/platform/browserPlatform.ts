/**
 * The browser implementation of the platform bridge: a file input for picking, a download for saving,
 * WebCrypto for secrets, window.open for allowed external links. Menu commands come from keyboard
 * shortcuts instead of a native menu (see keyboardShortcuts.ts).
 */
import { MAX_IPC_FILE_BYTES } from '@shared/ipc/contract';
import type { MenuCommand } from '@shared/ipc/menuCommands';
import { createBrowserSecretStore } from './browserSecretStore';
import { checkExternalLink } from '@shared/security/externalLinks';
import { menuCommandForKey } from './keyboardShortcuts';
import type { PickedFile, Platform } from './Platform';

export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    async appInfo() {
      return {
        name: 'Inspection Workbench',
        version: __APP_VERSION__,
        shell: 'browser',
        platform: navigator.userAgent,
      };
    },
    async saveFile(suggestedName, bytes) {
      const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
      try {
        const link = document.createElement('a');
        link.href = url;
        link.download = suggestedName;
        link.rel = 'noopener';
        document.body.append(link);
        link.click();
        link.remove();
      } finally {
        // Give the download a moment to start before the object URL goes.
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }
      return { saved: true };
    },
    pickFiles: ({ filters, multiple }) =>
      pickWithFileInput(
        filters.flatMap((f) => f.extensions),
        multiple,
      ),
    secrets: createBrowserSecretStore(),
    async openExternal(url) {
      const decision = checkExternalLink(url);
      if (!decision.allowed) return { opened: false, reason: decision.reason };
      window.open(decision.url, '_blank', 'noopener,noreferrer');
      return { opened: true };
    },
    async restartLocked() {
      window.location.reload();
    },
    // The browser has no privileged side to tell.
    async reportUnlocked() {},
    onMenuCommand(listener: (command: MenuCommand) => void) {
      const onKey = (event: KeyboardEvent) => {
        const command = menuCommandForKey(event);
        if (!command) return;
        event.preventDefault();
        listener(command);
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
  };
}

function pickWithFileInput(extensions: string[], multiple: boolean): Promise<PickedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = extensions.map((e) => `.${e}`).join(',');
    input.hidden = true;
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []);
      input.remove();
      void Promise.all(files.map(readPickedFile)).then(resolve);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve([]);
    });
    document.body.append(input);
    input.click();
  });
}

export async function readPickedFile(file: File): Promise<PickedFile> {
  if (file.size > MAX_IPC_FILE_BYTES) {
    return { ok: false, name: file.name, reason: `larger than the ${MAX_IPC_FILE_BYTES / 1024 / 1024} MB limit` };
  }
  try {
    return { ok: true, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch (error) {
    return { ok: false, name: file.name, reason: `could not be read (${(error as Error).message})` };
  }
}
