package org.ganplayground.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void a_learners_text_that_a_spreadsheet_would_run_as_a_formula_is_kept_as_text() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\",\"click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"");
        assertThat(Csv.cell("+1+1")).isEqualTo("'+1+1");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
    }

    @Test
    void numbers_and_ordinary_text_are_written_as_they_are() {
        assertThat(Csv.cell("-0.5")).isEqualTo("-0.5");
        assertThat(Csv.cell("+3")).isEqualTo("+3");
        assertThat(Csv.cell(-2)).isEqualTo("-2");
        assertThat(Csv.cell("eight legs, two fangs")).isEqualTo("\"eight legs, two fangs\"");
        assertThat(Csv.cell(null)).isEmpty();
    }
}
