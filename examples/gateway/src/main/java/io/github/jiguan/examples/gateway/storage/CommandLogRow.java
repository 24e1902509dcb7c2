package io.github.jiguan.examples.gateway.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the command log: a platform command sent to a terminal and, once it has ended, how.
 *
 * @param id the gateway's number for the command
 * @param terminalPhone the terminal's phone number
 * @param messageId the command's message id, such as 0x8300
 * @param serial the serial number it was sent with
 * @param body the command's body as text (cut to 2,000 characters)
 * @param sentAt when it was first sent
 * @param attempts how many times it was sent
 * @param outcome SENT while waiting, then ACKNOWLEDGED, FAILED, UNSUPPORTED, MESSAGE_ERROR, TIMED_OUT or OFFLINE
 * @param resultCode the terminal's result code, or null when it did not answer
 * @param answeredAt when it answered, or null
 */
public record CommandLogRow(long id, String terminalPhone, int messageId, int serial, String body, Instant sentAt,
        int attempts, String outcome, Integer resultCode, Instant answeredAt) {

    /** Checks the references and cuts the body. */
    public CommandLogRow {
        Objects.requireNonNull(terminalPhone, "terminalPhone");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(outcome, "outcome");
        body = body.length() <= 2000 ? body : body.substring(0, 2000);
    }
}
