-- The last TOTP time step accepted for the account: a code (or an earlier step) is never accepted twice.
ALTER TABLE accounts ADD COLUMN totp_last_step BIGINT NULL;
