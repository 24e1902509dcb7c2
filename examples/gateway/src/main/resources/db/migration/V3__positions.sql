-- Every position a terminal reported (0x0200, inside 0x0704 and 0x0201), each field as sent with the
-- signs of the coordinates applied. The key makes a retransmitted report (same time, same terminal,
-- same bytes) a no-op: report_hash is a 64-bit hash of the report's bytes. The key leads with the time,
-- so that it is the only index (one B-tree to maintain per row) and also serves reads by period.
CREATE TABLE positions (
    terminal_phone   VARCHAR(20)              NOT NULL,
    fix_time         TIMESTAMP WITH TIME ZONE NOT NULL,
    report_hash      BIGINT                   NOT NULL,
    vehicle_id       VARCHAR(64),
    latitude         DOUBLE PRECISION         NOT NULL,
    longitude        DOUBLE PRECISION         NOT NULL,
    altitude_m       INTEGER                  NOT NULL,
    speed_kmh        REAL                     NOT NULL,
    direction        SMALLINT                 NOT NULL,
    alarm_bits       INTEGER                  NOT NULL,
    status_bits      INTEGER                  NOT NULL,
    acc_on           BOOLEAN                  NOT NULL,
    positioned       BOOLEAN                  NOT NULL,
    additional_items BYTEA                    NOT NULL,
    message_id       INTEGER                  NOT NULL,
    blind_area       BOOLEAN                  NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (fix_time, terminal_phone, report_hash)
);
