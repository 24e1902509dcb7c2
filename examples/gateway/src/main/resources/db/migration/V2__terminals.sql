-- Terminals that registered (0x0100) and authenticated (0x0102). The auth code is kept only as its
-- SHA-256 hash: whoever reads the database cannot authenticate as a terminal.
CREATE TABLE terminals (
    terminal_phone   VARCHAR(20)              NOT NULL PRIMARY KEY,
    vehicle_id       VARCHAR(64),
    plate            VARCHAR(32)              NOT NULL,
    plate_color      SMALLINT                 NOT NULL,
    protocol         VARCHAR(4)               NOT NULL,
    province_id      INTEGER                  NOT NULL,
    city_id          INTEGER                  NOT NULL,
    manufacturer_id  VARCHAR(11)              NOT NULL,
    terminal_model   VARCHAR(30)              NOT NULL,
    terminal_id      VARCHAR(30)              NOT NULL,
    auth_code_sha256 VARCHAR(64),
    imei             VARCHAR(15),
    software_version VARCHAR(20),
    registered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    authenticated_at TIMESTAMP WITH TIME ZONE
);
