package io.github.jiguan.telematics.jt808.message;

import java.util.Map;

/**
 * The value type of a terminal parameter (终端参数, JT/T 808-2013 Table 12, 2019 Table 13): DWORD,
 * WORD, BYTE, STRING (GBK) or BYTES for ids the standard leaves to others (0x0110–0x01FF CAN
 * collection settings, 2019's 0x0032, JT/T 1078 video parameters, vendor ids).
 */
public enum ParameterType {
    /** An unsigned 32-bit number. */
    DWORD(4),
    /** An unsigned 16-bit number. */
    WORD(2),
    /** An unsigned byte. */
    BYTE(1),
    /** GBK text. */
    STRING(-1),
    /** Bytes of a layout the standard does not fix. */
    BYTES(-1);

    private static final Map<Long, ParameterType> STANDARD = Map.ofEntries(
            Map.entry(0x0001L, ParameterType.DWORD),
            Map.entry(0x0002L, ParameterType.DWORD),
            Map.entry(0x0003L, ParameterType.DWORD),
            Map.entry(0x0004L, ParameterType.DWORD),
            Map.entry(0x0005L, ParameterType.DWORD),
            Map.entry(0x0006L, ParameterType.DWORD),
            Map.entry(0x0007L, ParameterType.DWORD),
            Map.entry(0x0010L, ParameterType.STRING),
            Map.entry(0x0011L, ParameterType.STRING),
            Map.entry(0x0012L, ParameterType.STRING),
            Map.entry(0x0013L, ParameterType.STRING),
            Map.entry(0x0014L, ParameterType.STRING),
            Map.entry(0x0015L, ParameterType.STRING),
            Map.entry(0x0016L, ParameterType.STRING),
            Map.entry(0x0017L, ParameterType.STRING),
            Map.entry(0x0018L, ParameterType.DWORD),
            Map.entry(0x0019L, ParameterType.DWORD),
            Map.entry(0x001AL, ParameterType.STRING),
            Map.entry(0x001BL, ParameterType.DWORD),
            Map.entry(0x001CL, ParameterType.DWORD),
            Map.entry(0x001DL, ParameterType.STRING),
            Map.entry(0x0020L, ParameterType.DWORD),
            Map.entry(0x0021L, ParameterType.DWORD),
            Map.entry(0x0022L, ParameterType.DWORD),
            Map.entry(0x0023L, ParameterType.STRING),
            Map.entry(0x0024L, ParameterType.STRING),
            Map.entry(0x0025L, ParameterType.STRING),
            Map.entry(0x0026L, ParameterType.STRING),
            Map.entry(0x0027L, ParameterType.DWORD),
            Map.entry(0x0028L, ParameterType.DWORD),
            Map.entry(0x0029L, ParameterType.DWORD),
            Map.entry(0x002CL, ParameterType.DWORD),
            Map.entry(0x002DL, ParameterType.DWORD),
            Map.entry(0x002EL, ParameterType.DWORD),
            Map.entry(0x002FL, ParameterType.DWORD),
            Map.entry(0x0030L, ParameterType.DWORD),
            Map.entry(0x0031L, ParameterType.WORD),
            Map.entry(0x0040L, ParameterType.STRING),
            Map.entry(0x0041L, ParameterType.STRING),
            Map.entry(0x0042L, ParameterType.STRING),
            Map.entry(0x0043L, ParameterType.STRING),
            Map.entry(0x0044L, ParameterType.STRING),
            Map.entry(0x0045L, ParameterType.DWORD),
            Map.entry(0x0046L, ParameterType.DWORD),
            Map.entry(0x0047L, ParameterType.DWORD),
            Map.entry(0x0048L, ParameterType.STRING),
            Map.entry(0x0049L, ParameterType.STRING),
            Map.entry(0x0050L, ParameterType.DWORD),
            Map.entry(0x0051L, ParameterType.DWORD),
            Map.entry(0x0052L, ParameterType.DWORD),
            Map.entry(0x0053L, ParameterType.DWORD),
            Map.entry(0x0054L, ParameterType.DWORD),
            Map.entry(0x0055L, ParameterType.DWORD),
            Map.entry(0x0056L, ParameterType.DWORD),
            Map.entry(0x0057L, ParameterType.DWORD),
            Map.entry(0x0058L, ParameterType.DWORD),
            Map.entry(0x0059L, ParameterType.DWORD),
            Map.entry(0x005AL, ParameterType.DWORD),
            Map.entry(0x005BL, ParameterType.WORD),
            Map.entry(0x005CL, ParameterType.WORD),
            Map.entry(0x005DL, ParameterType.WORD),
            Map.entry(0x005EL, ParameterType.WORD),
            Map.entry(0x0064L, ParameterType.DWORD),
            Map.entry(0x0065L, ParameterType.DWORD),
            Map.entry(0x0070L, ParameterType.DWORD),
            Map.entry(0x0071L, ParameterType.DWORD),
            Map.entry(0x0072L, ParameterType.DWORD),
            Map.entry(0x0073L, ParameterType.DWORD),
            Map.entry(0x0074L, ParameterType.DWORD),
            Map.entry(0x0080L, ParameterType.DWORD),
            Map.entry(0x0081L, ParameterType.WORD),
            Map.entry(0x0082L, ParameterType.WORD),
            Map.entry(0x0083L, ParameterType.STRING),
            Map.entry(0x0084L, ParameterType.BYTE),
            Map.entry(0x0090L, ParameterType.BYTE),
            Map.entry(0x0091L, ParameterType.BYTE),
            Map.entry(0x0092L, ParameterType.BYTE),
            Map.entry(0x0093L, ParameterType.DWORD),
            Map.entry(0x0094L, ParameterType.BYTE),
            Map.entry(0x0095L, ParameterType.DWORD),
            Map.entry(0x0100L, ParameterType.DWORD),
            Map.entry(0x0101L, ParameterType.WORD),
            Map.entry(0x0102L, ParameterType.DWORD),
            Map.entry(0x0103L, ParameterType.WORD));

    private final int length;

    ParameterType(int length) {
        this.length = length;
    }

    /** The value length of a numeric type; -1 for text and bytes. */
    public int length() {
        return length;
    }

    /** True for DWORD, WORD and BYTE. */
    public boolean isNumeric() {
        return length > 0;
    }

    /** The type the standard gives parameter {@code id}; BYTES for ids it does not define. */
    public static ParameterType of(long id) {
        return STANDARD.getOrDefault(id, BYTES);
    }
}
