-- Platform commands sent to terminals (0x8103, 0x8201, 0x8300, 0x8105, ...): one row written when the
-- command is sent (outcome SENT) and updated when it ends. The gateway numbers the rows itself.
CREATE TABLE command_log (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    terminal_phone VARCHAR(20)              NOT NULL,
    message_id     INTEGER                  NOT NULL,
    serial         INTEGER                  NOT NULL,
    body           VARCHAR(2000)            NOT NULL,
    sent_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts       INTEGER                  NOT NULL,
    outcome        VARCHAR(16)              NOT NULL,
    result_code    INTEGER,
    answered_at    TIMESTAMP WITH TIME ZONE
);
