package org.parley.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesOnlyFieldsThatNeedItAndEndsRecordsWithCrLf() throws IOException {
        String csv = write(List.of("a", "b", "c"), List.of(
                Arrays.asList("plain", "with, comma", "say \"hi\""),
                Arrays.asList("line\nbreak", "cr\rhere", null)));
        assertEquals("a,b,c\r\nplain,\"with, comma\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",\"cr\rhere\",\r\n", csv);
    }

    @Test
    void keepsFormulasFromRunningInSpreadsheets() throws IOException {
        String csv = write(List.of("f"), List.of(List.of("=HYPERLINK(\"http://x\",\"y\")"), List.of("+1"),
                List.of("-2"), List.of("@SUM(A1)"), List.of("\tx"), List.of("a=b"), List.of("2022-01-10")));
        assertEquals(List.of(List.of("f"), List.of("'=HYPERLINK(\"http://x\",\"y\")"), List.of("'+1"),
                List.of("'-2"), List.of("'@SUM(A1)"), List.of("'\tx"), List.of("a=b"), List.of("2022-01-10")),
                Rfc4180.parse(csv));
    }

    @Test
    void readsBackWhatItWrites() throws IOException {
        List<List<Object>> rows = List.of(Arrays.asList("ünïcödé 🤝", "\"\"", ",,,", "", "x\r\ny"));
        String csv = write(List.of("1", "2", "3", "4", "5"), rows);
        assertEquals(List.of(List.of("1", "2", "3", "4", "5"), List.of("ünïcödé 🤝", "\"\"", ",,,", "", "x\r\ny")),
                Rfc4180.parse(csv));
    }

    @Test
    void refusesARowThatDoesNotFitTheHeader() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> write(List.of("a", "b"), List.of(List.of("only one"))));
    }

    private static String write(List<String> header, List<? extends List<?>> rows) throws IOException {
        StringWriter out = new StringWriter();
        @SuppressWarnings("unchecked")
        List<List<Object>> cast = (List<List<Object>>) rows;
        Csv.write(new Csv.Table(header, cast), out);
        return out.toString();
    }
}
