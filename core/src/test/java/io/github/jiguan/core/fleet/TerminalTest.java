package io.github.jiguan.core.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jiguan.core.InvalidValueException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TerminalTest {

    @Test
    void a2013TerminalHasAtMostTwelveDigits() {
        Terminal t = new Terminal("T1234567", "013912345678", TerminalProtocol.JT808_2013, "V001");
        assertEquals("013912345678", t.phone());
        assertEquals(Optional.of("V001"), t.assignedVehicle());
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new Terminal("T1", "0139123456789", TerminalProtocol.JT808_2013, null));
        assertEquals("terminal phone must be 1 to 12 digits for JT808_2013: \"0139123456789\"", e.getMessage());
    }

    @Test
    void a2019TerminalMayHaveTwentyDigits() {
        Terminal t = new Terminal("T1", "00000000013912345678", TerminalProtocol.JT808_2019, null);
        assertEquals(Optional.empty(), t.assignedVehicle());
    }

    @Test
    void phonesAreDigitsOnlyAndIdsAscii() {
        assertThrows(InvalidValueException.class, () -> new Terminal("T1", "13912x", TerminalProtocol.JT808_2013, null));
        assertThrows(InvalidValueException.class, () -> new Terminal("终端1", "13912", TerminalProtocol.JT808_2013, null));
    }

    @Test
    void aDriverNeedsANameAndAgency() {
        assertEquals("", new Driver("D1", "赵六", "A01", null).licenceNumber());
        assertThrows(InvalidValueException.class, () -> new Driver("D1", "赵六", "", null));
    }
}
