package io.nereid.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nereid.operators.ColumnKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamValuesTest {
    @Test
    void eachKindParsesToItsJavaValue() {
        assertThat(ParamValues.parse("p", ColumnKind.BOOL, "true")).isEqualTo(true);
        assertThat(ParamValues.parse("p", ColumnKind.INT, " 42 ")).isEqualTo(42);
        assertThat(ParamValues.parse("p", ColumnKind.LONG, "-7")).isEqualTo(-7L);
        assertThat(ParamValues.parse("p", ColumnKind.DOUBLE, "0.85")).isEqualTo(0.85);
        assertThat(ParamValues.parse("p", ColumnKind.STRING, " a b ")).isEqualTo(" a b ");
        assertThat(ParamValues.parse("p", ColumnKind.DATE, "2024-01-31")).isEqualTo(LocalDate.of(2024, 1, 31));
    }

    @Test
    void aValueThatDoesNotFitNamesTheParamAndItsType() {
        assertThatThrownBy(() -> ParamValues.parse("root", ColumnKind.LONG, "seven"))
                .isInstanceOf(Bindings.BindingException.class)
                .hasMessage("Invalid value for option '--param': 'seven' is not a long (param 'root' is declared long)");
        assertThatThrownBy(() -> ParamValues.parse("on", ColumnKind.BOOL, "yes"))
                .hasMessage("Invalid value for option '--param': 'yes' is not a bool (param 'on' is declared bool)");
        assertThatThrownBy(() -> ParamValues.parse("n", ColumnKind.INT, "3000000000"))
                .hasMessage("Invalid value for option '--param': '3000000000' is not an int (param 'n' is declared int)");
    }

    private static final List<DeclaredParam> DECLARED = List.of(DeclaredParam.of("root", ColumnKind.LONG, "0"),
            DeclaredParam.of("label", ColumnKind.STRING, "x"), DeclaredParam.required("factor", ColumnKind.INT));

    @Test
    void bindParsesTheGivenValuesAndLeavesTheOthersToTheirDefaults() {
        assertThat(ParamValues.bind(DECLARED, Map.of("factor", "3"))).isEqualTo(Map.of("factor", 3));
        assertThat(ParamValues.bind(DECLARED, Map.of("factor", "3", "root", "7", "label", "a b")))
                .isEqualTo(Map.of("factor", 3, "root", 7L, "label", "a b"));
    }

    @Test
    void bindRefusesUnknownMissingAndMalformedParams() {
        assertThatThrownBy(() -> ParamValues.bind(DECLARED, Map.of("factor", "3", "rot", "7")))
                .isInstanceOf(Bindings.BindingException.class)
                .hasMessage("Option '--param' names 'rot', but the program has no param of that name; it declares"
                        + " root: long = 0, label: string = \"x\", factor: int");
        assertThatThrownBy(() -> ParamValues.bind(DECLARED, Map.of("root", "7")))
                .hasMessage("Param 'factor' (int) has no default: give it a value with --param factor=VALUE");
        assertThatThrownBy(() -> ParamValues.bind(DECLARED, Map.of("factor", "3", "root", "7.5")))
                .hasMessage("Invalid value for option '--param': '7.5' is not a long (param 'root' is declared long)");
        assertThatThrownBy(() -> ParamValues.bind(List.of(), Map.of("root", "7")))
                .hasMessage("Option '--param' names 'root', but the program has no param of that name; it declares none");
    }

    @Test
    void aValueTheProgramRefusesIsAUsageErrorWithItsMessage() {
        assertThatThrownBy(() -> ParamValues.create(values -> {
            throw new IllegalArgumentException("the count of threshold(k) must be at least 1, but param 'k' makes it 0");
        }, Map.of("k", 0L))).isInstanceOf(Bindings.BindingException.class)
                .hasMessage("Invalid value for option '--param': the count of threshold(k) must be at least 1, but param"
                        + " 'k' makes it 0");
    }
}
