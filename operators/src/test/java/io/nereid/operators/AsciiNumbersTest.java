package io.nereid.operators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AsciiNumbersTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static double d(String s) {
        return AsciiNumbers.parseDouble(b(s), 0, s.length());
    }

    @Test
    void doublesEqualJavasParsing() {
        for (String s : new String[] {"0", "0.0", "-0.5", "24710.35", "0.07", "0.1", "123456789012345",
                "1234567890123456789", "1e-6", "-2.5E3", ".5", "5.", "+3.25", "0.000000000000000000001", "99999.99"}) {
            assertThat(d(s)).as(s).isEqualTo(Double.parseDouble(s));
        }
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            String s = (random.nextLong() % 10_000_000L) + "." + String.format("%02d", random.nextInt(100));
            assertThat(d(s)).as(s).isEqualTo(Double.parseDouble(s));
        }
    }

    @Test
    void malformedNumbersAreRejected() {
        for (String s : new String[] {"", "-", ".", "1.2.3", "12x", "1,5"}) {
            assertThatThrownBy(() -> d(s)).as(s).isInstanceOf(NumberFormatException.class);
        }
        assertThatThrownBy(() -> AsciiNumbers.parseLong(b("99999999999999999999"), 0, 20))
                .isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> AsciiNumbers.parseLong(b("1a"), 0, 2)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void longsIncludeTheExtremes() {
        for (long v : new long[] {0, -1, 42, Long.MAX_VALUE, Long.MIN_VALUE}) {
            String s = Long.toString(v);
            assertThat(AsciiNumbers.parseLong(b(s), 0, s.length())).isEqualTo(v);
        }
    }

    @Test
    void datesAreEpochDays() {
        for (LocalDate day = LocalDate.of(1899, 1, 1); day.isBefore(LocalDate.of(2101, 1, 1)); day = day.plusDays(13)) {
            String s = day.toString();
            assertThat(AsciiNumbers.parseDate(b(s), 0, s.length())).as(s).isEqualTo((int) day.toEpochDay());
        }
        assertThatThrownBy(() -> AsciiNumbers.parseDate(b("1995-13-01"), 0, 10)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> AsciiNumbers.parseDate(b("1995-02-29"), 0, 10)).isInstanceOf(NumberFormatException.class);
    }
}
