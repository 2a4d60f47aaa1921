-- Tokens revoked before they expire, by their jti claim: every authenticated request is checked against this list
-- (RevokedTokens keeps a copy, read again at most parley.auth.revocation-check-interval after the last time).
-- Portable across H2 and PostgreSQL.

create table revoked_token (
    jti        varchar(200) primary key,
    revoked_at timestamp(6) with time zone not null,
    revoked_by varchar(200) not null
);
