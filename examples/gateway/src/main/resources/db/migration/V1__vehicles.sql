-- The register: vehicles.csv (vehicle_id, plate, agency_id, category, base_lat, base_lon) and the
-- phone number of the terminal fitted to each vehicle. Replaced from the register file at start-up.
CREATE TABLE vehicles (
    vehicle_id     VARCHAR(64)      NOT NULL PRIMARY KEY,
    plate          VARCHAR(16)      NOT NULL,
    agency_id      VARCHAR(64)      NOT NULL,
    category       VARCHAR(32)      NOT NULL,
    base_lat       DOUBLE PRECISION,
    base_lon       DOUBLE PRECISION,
    terminal_phone VARCHAR(20)      UNIQUE
);
