package io.github.jiguan.telematics.jt808;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** One row of {@code jt808/vectors.tsv} (see the README beside it). */
record Vector(int line, String sourceRepo, String sourcePath, String hex, String assertion, String role,
        String encoding, String kind, String msgId, String ver2019, String protoVer, String phone, String subpkg,
        String enc, String bodyLenHdr, String checksumOk) {

    static List<Vector> all() {
        try (InputStream in = Vector.class.getResourceAsStream("/jt808/vectors.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Vector> out = new ArrayList<>();
            String header = r.readLine();
            if (!header.startsWith("source_repo\t")) {
                throw new IllegalStateException("unexpected header: " + header);
            }
            int line = 1;
            for (String s; (s = r.readLine()) != null; ) {
                line++;
                String[] f = s.split("\t", -1);
                out.add(new Vector(line, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11], f[12],
                        f[13], f[14]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    boolean isFrame() {
        return kind.equals("frame") && !msgId.isEmpty() && (encoding.equals("escaped") || encoding.equals("unescaped"));
    }

    /** The frame as it travels on the wire: unescaped captures are escaped as they are (check code kept). */
    byte[] wire() {
        byte[] b = bytes();
        return encoding.equals("unescaped") ? escapeKeepingCheckCode(b) : b;
    }

    static byte[] escapeKeepingCheckCode(byte[] frame) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(0x7e);
        for (int i = 1; i < frame.length - 1; i++) {
            int b = frame[i] & 0xff;
            if (b == 0x7e) {
                out.write(0x7d);
                out.write(0x02);
            } else if (b == 0x7d) {
                out.write(0x7d);
                out.write(0x01);
            } else {
                out.write(b);
            }
        }
        out.write(0x7e);
        return out.toByteArray();
    }

    @Override
    public String toString() {
        String file = sourcePath.substring(sourcePath.lastIndexOf('/') + 1);
        return "line " + line + " " + sourceRepo.substring(0, sourceRepo.indexOf('/')) + " " + file + " " + msgId + " "
                + role.split(" ")[0] + (checksumOk.equals("False") ? " bad-checksum" : "");
    }
}
