-- Every access token carries the account's auth_version; a password change or reset, a change of roles or branch
-- and disabling raise it, so earlier access tokens are refused at once.
ALTER TABLE accounts ADD COLUMN auth_version BIGINT NOT NULL DEFAULT 0;
