-- A workbench can be set up offline before its user ever signs in: its changes are then signed with
-- the id of the profile made on that laptop. At the first sign-in the laptop names that profile id,
-- and the gateway binds it to the account for good, so those changes can be pushed and stay
-- attributed to the person who made them. A profile id belongs to one account only.
CREATE TABLE profile_identities (
  profile_user_id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  linked_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX profile_identities_user ON profile_identities (user_id);
