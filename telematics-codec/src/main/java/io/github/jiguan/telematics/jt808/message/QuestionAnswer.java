package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;

/**
 * 0x0302 提问应答 (question answer, 2013).
 *
 * @param responseSerial the serial of the 0x8302 answered
 * @param answerId the chosen answer id
 */
public record QuestionAnswer(int responseSerial, int answerId) implements TerminalMessage {

    /** Checks the values. */
    public QuestionAnswer {
        Bits.checkWord("responseSerial", responseSerial);
        Bits.checkByte("answerId", answerId);
    }

    @Override
    public int messageId() {
        return MessageId.QUESTION_ANSWER.code();
    }
}
