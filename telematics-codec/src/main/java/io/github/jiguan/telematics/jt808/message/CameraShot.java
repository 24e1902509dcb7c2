package io.github.jiguan.telematics.jt808.message;

import io.github.jiguan.telematics.internal.Bits;

/**
 * 0x8801 摄像头立即拍摄命令 (take pictures now).
 *
 * @param channel channel id
 * @param command 0 stop, 0xFFFF record video, other: number of pictures
 * @param interval interval or recording time, seconds
 * @param save 1 save, 0 upload at once
 * @param resolution resolution code
 * @param quality quality 1–10
 * @param brightness brightness 0–255
 * @param contrast contrast 0–127
 * @param saturation saturation 0–127
 * @param chroma chroma 0–255
 */
public record CameraShot(int channel, int command, int interval, int save, int resolution, int quality, int brightness, int contrast, int saturation, int chroma) implements PlatformMessage {

    /** Checks the values. */
    public CameraShot {
        Bits.checkByte("channel", channel);
        Bits.checkWord("command", command);
        Bits.checkWord("interval", interval);
        Bits.checkByte("save", save);
        Bits.checkByte("resolution", resolution);
        Bits.checkByte("quality", quality);
        Bits.checkByte("brightness", brightness);
        Bits.checkByte("contrast", contrast);
        Bits.checkByte("saturation", saturation);
        Bits.checkByte("chroma", chroma);
    }

    @Override
    public int messageId() {
        return MessageId.CAMERA_SHOT.code();
    }
}
