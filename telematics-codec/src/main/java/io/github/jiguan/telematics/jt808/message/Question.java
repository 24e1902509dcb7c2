package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;
import java.util.List;
import java.util.Objects;

/**
 * 0x8302 提问下发 (question, 2013).
 *
 * @param flags bit 0 emergency, 3 TTS, 4 advertising screen
 * @param question the question (GBK, BYTE length)
 * @param answers the candidate answers
 */
public record Question(int flags, String question, List<Answer> answers) implements PlatformMessage {

    /** Checks the values. */
    public Question {
        Bits.checkByte("flags", flags);
        Objects.requireNonNull(question, "question");
        answers = List.copyOf(answers);
    }

    @Override
    public int messageId() {
        return MessageId.QUESTION.code();
    }

    /**
     * One candidate answer.
     *
     * @param id the answer id
     * @param content the answer text (GBK, WORD length)
     */
    public record Answer(int id, String content) {
        /** Checks the values. */
        public Answer {
            Bits.checkByte("answer id", id);
            Objects.requireNonNull(content, "content");
        }
    }
}
