/**
 * Profile identities: the user ids a person's changes may carry as their actor. A workbench set up
 * offline signs its changes with the id of the profile made on that laptop; the first sign-in binds
 * that id to the account (see migration 002). An id already bound to another account, or that is
 * another account's own id, is refused: otherwise a person could push changes in someone else's name.
 */
import type { SqlQueryable } from '../db/database';
import { forbidden } from '../httpErrors';

export async function bindProfileIdentity(tx: SqlQueryable, userId: string, profileUserId: string, now: Date): Promise<void> {
  if (profileUserId === userId) return;
  const [account] = await tx.query<{ id: string }>('SELECT id FROM users WHERE id = $1', [profileUserId]);
  const [bound] = await tx.query<{ user_id: string }>(
    'SELECT user_id FROM profile_identities WHERE profile_user_id = $1 FOR UPDATE',
    [profileUserId],
  );
  if (account || (bound && bound.user_id !== userId))
    throw forbidden(
      'profile-of-another-user',
      'This laptop’s profile belongs to another person’s account. Each person signs in on the profile they set up.',
    );
  if (!bound)
    await tx.query('INSERT INTO profile_identities (profile_user_id, user_id, linked_at) VALUES ($1, $2, $3)', [
      profileUserId,
      userId,
      now,
    ]);
}

/** The account's own id first, then every profile id bound to it. */
export async function actorIdsOf(tx: SqlQueryable, userId: string): Promise<string[]> {
  const rows = await tx.query<{ profile_user_id: string }>(
    'SELECT profile_user_id FROM profile_identities WHERE user_id = $1 ORDER BY linked_at',
    [userId],
  );
  return [userId, ...rows.map((row) => row.profile_user_id)];
}
