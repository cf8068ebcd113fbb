/**
 * Who is using this device. The first run records the user and the device through the change log
 * (so even the profile has an audit trail); later runs read it back. Changes are attributed to both.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Device, User } from '@shared/domain/profile';
import type { DataStore } from './DataStore';

export interface DeviceProfile {
  user: User;
  device: Device;
}

const PROFILE_KEY = 'profile';

interface ProfilePointer {
  userId: string;
  deviceId: string;
}

export async function loadProfile(store: DataStore): Promise<DeviceProfile | undefined> {
  const pointer = await store.getMeta<ProfilePointer>(PROFILE_KEY);
  if (!pointer) return undefined;
  const user = await store.get('user', pointer.userId);
  const device = await store.get('device', pointer.deviceId);
  if (!user || !device) return undefined;
  const { _meta: _u, ...userFields } = user;
  const { _meta: _d, ...deviceFields } = device;
  return { user: userFields, device: deviceFields };
}

export async function createProfile(
  store: DataStore,
  input: Omit<User, 'id'>,
  deviceLabel: string,
): Promise<DeviceProfile> {
  const user: User = { ...input, id: uuidv7() };
  const device: Device = { id: uuidv7(), label: deviceLabel };
  await store.commit(
    { actor: { userId: user.id, name: user.name }, deviceId: device.id, now: () => new Date() },
    {
      intents: [
        { op: 'create', entity: 'user', fields: user },
        { op: 'create', entity: 'device', fields: device },
      ],
    },
  );
  await store.setMeta(PROFILE_KEY, { userId: user.id, deviceId: device.id } satisfies ProfilePointer);
  return { user, device };
}
