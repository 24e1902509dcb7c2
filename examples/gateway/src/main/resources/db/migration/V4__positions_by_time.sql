-- Export and reconciliation read a period of all vehicles.
CREATE INDEX positions_fix_time ON positions (fix_time);
