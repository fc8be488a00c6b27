-- The public e-service: the private status link of a complaint sent through the public form. Only the
-- SHA-256 of the link's token is kept; the link works while the case is open and for a configured time
-- after it closed, and takes a few documents in the first hour.

CREATE SEQUENCE complaint_status_link_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE complaint_status_link (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL DEFAULT 0,
    complaint_id    BIGINT                   NOT NULL REFERENCES complaint (id),
    token_hash      VARCHAR(64)              NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    documents_added INTEGER                  NOT NULL DEFAULT 0,
    CONSTRAINT complaint_status_link_token_uk UNIQUE (token_hash),
    CONSTRAINT complaint_status_link_complaint_uk UNIQUE (complaint_id),
    CONSTRAINT complaint_status_link_documents_ck CHECK (documents_added >= 0)
);
