-- TOTP second factor (RFC 6238) for ADMIN and AUDITOR accounts: the secret is set on enrolment and
-- becomes active once a code confirms it.
ALTER TABLE accounts ADD COLUMN totp_secret VARCHAR(64) NULL;
ALTER TABLE accounts ADD COLUMN totp_enabled BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_accounts_enabled ON accounts (enabled);
