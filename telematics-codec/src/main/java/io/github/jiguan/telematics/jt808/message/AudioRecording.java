package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;

/**
 * 0x8804 录音开始命令 (start or stop audio recording).
 *
 * @param command 0 stop, 1 start
 * @param durationSeconds recording time in seconds, 0 without limit
 * @param save 0 upload at once, 1 save
 * @param sampleRate 0 8K, 1 11K, 2 23K, 3 32K
 */
public record AudioRecording(int command, int durationSeconds, int save, int sampleRate) implements PlatformMessage {

    /** Checks the values. */
    public AudioRecording {
        Bits.checkByte("command", command);
        Bits.checkWord("durationSeconds", durationSeconds);
        Bits.checkByte("save", save);
        Bits.checkByte("sampleRate", sampleRate);
    }

    @Override
    public int messageId() {
        return MessageId.AUDIO_RECORDING.code();
    }
}
