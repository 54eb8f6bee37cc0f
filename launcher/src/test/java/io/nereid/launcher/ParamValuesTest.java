package io.nereid.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nereid.operators.ColumnKind;
import java.time.LocalDate;
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
}
