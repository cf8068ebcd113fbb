-- A photo's bytes are written once. Until now each chunk of an upload was a row of
-- blob_upload_chunks, and at the end the chunks were read back, joined, written again into
-- blobs.bytes and deleted: every byte written twice and read once more. Now a blob's bytes are in one
-- of three places (server/src/blobs/):
--   bytes          blobs stored before this migration, as they were;
--   upload_id      the chunks of the completed upload that first delivered the hash, in
--                  blob_upload_chunks (the gateway without a photo directory);
--   in_photo_store a file named by the hash in the gateway's photo directory (GATEWAY_PHOTO_DIR).
ALTER TABLE blobs ALTER COLUMN bytes DROP NOT NULL;
ALTER TABLE blobs ADD COLUMN upload_id uuid REFERENCES blob_uploads (id);
ALTER TABLE blobs ADD COLUMN in_photo_store boolean NOT NULL DEFAULT false;
ALTER TABLE blobs ADD CONSTRAINT blobs_bytes_in_one_place CHECK (
  (bytes IS NOT NULL)::int + (upload_id IS NOT NULL)::int + in_photo_store::int = 1
);
-- Photos are JPEGs, already compressed: do not spend time trying to compress them again.
ALTER TABLE blob_upload_chunks ALTER COLUMN bytes SET STORAGE EXTERNAL;
