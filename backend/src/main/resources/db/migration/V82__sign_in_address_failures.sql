-- Failed sign-ins per remote address within a window (the per-address throttle), shared by every API instance.
-- An attempt is counted before its password is checked and given back when it succeeds.
CREATE TABLE sign_in_address_failures (
    address         VARCHAR(64) NOT NULL PRIMARY KEY,
    window_start_ms BIGINT      NOT NULL,
    failures        INT         NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
