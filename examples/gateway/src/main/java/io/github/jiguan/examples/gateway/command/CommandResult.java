package io.github.jiguan.examples.gateway.command;

import io.github.jiguan.telematics.jt808.message.LocationReport;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a platform command ended.
 *
 * @param outcome what happened
 * @param attempts how many times it was sent (0 when the terminal was offline)
 * @param resultCode the result code of the terminal's 0x0001 answer, or null when there was none
 * @param location the position of a 0x0201 answer to a location query, or null
 * @param answeredAt when the answer came, or null
 */
public record CommandResult(Outcome outcome, int attempts, Integer resultCode, LocationReport location,
        Instant answeredAt) {

    /** The ways a command ends. */
    public enum Outcome {
        /** The terminal answered success (0x0001 result 0, or the answer the command asks for). */
        ACKNOWLEDGED,
        /** The terminal answered failure (result 1). */
        FAILED,
        /** The terminal answered that the message was wrong (result 2). */
        MESSAGE_ERROR,
        /** The terminal answered that it does not support the command (result 3). */
        UNSUPPORTED,
        /** No answer after the last retransmission. */
        TIMED_OUT,
        /** The terminal was not connected, or its connection closed before it answered. */
        OFFLINE
    }

    /** Checks the outcome. */
    public CommandResult {
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The position answered to a location query, if any. */
    public Optional<LocationReport> position() {
        return Optional.ofNullable(location);
    }

    /** The outcome of a 0x0001 result code. */
    static Outcome ofResult(int code) {
        return switch (code) {
            case 0 -> Outcome.ACKNOWLEDGED;
            case 2 -> Outcome.MESSAGE_ERROR;
            case 3 -> Outcome.UNSUPPORTED;
            default -> Outcome.FAILED;
        };
    }
}
