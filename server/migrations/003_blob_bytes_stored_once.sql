-- A photo's bytes are written to the database once. Until now each chunk of an upload was a row in
-- blob_upload_chunks, and at the end the chunks were read back, joined, written again into
-- blobs.bytes and deleted: every byte written twice and read once more. Now the chunks of the
-- completed upload that first delivered a hash are that blob's bytes: blobs.upload_id names it and
-- blobs.bytes stays empty. Blobs stored before this migration keep their bytes where they are.
ALTER TABLE blobs ALTER COLUMN bytes DROP NOT NULL;
ALTER TABLE blobs ADD COLUMN upload_id uuid REFERENCES blob_uploads (id);
ALTER TABLE blobs ADD CONSTRAINT blobs_bytes_in_one_place CHECK ((bytes IS NULL) <> (upload_id IS NULL));
-- Photos are JPEGs, already compressed: do not spend time trying to compress them again.
ALTER TABLE blob_upload_chunks ALTER COLUMN bytes SET STORAGE EXTERNAL;
