package org.civitas.platform.tables;

import org.civitas.platform.errors.ApiException;
import org.civitas.support.Spreadsheets;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TableTest {
    private static Table csv(String text) {
        return Table.read("list.csv", text.getBytes(StandardCharsets.UTF_8), 100);
    }

    private static String refusal(Runnable reading) {
        ApiException e = assertThrows(ApiException.class, reading::run);
        return e.status().getCode() + " " + e.fieldErrors().getFirst().field() + ":" + e.fieldErrors().getFirst().code();
    }

    @Test
    void csvRowsKeepTheirLineNumbersAcrossBlankLinesAndQuotedLineBreaks() {
        Table table = csv("""
                email,surname,note

                a@example.org, Петренко ,"two
                lines"
                b@example.org,Іваненко,plain
                ,,
                c@example.org,"Коваль, Олег",""\"quoted\"""
                """);
        assertEquals(List.of("email", "surname", "note"), table.header());
        assertEquals(List.of(3, 5, 7), table.rows().stream().map(Table.Row::line).toList());
        assertEquals(List.of("a@example.org", "Петренко", "two\nlines"), table.rows().get(0).cells());
        assertEquals("Коваль, Олег", table.rows().get(2).cell(1));
        assertEquals("\"quoted\"", table.rows().get(2).cell(2));
        assertEquals("", table.rows().get(1).cell(7), "a missing cell reads as empty");
    }

    @Test
    void excelsSemicolonsBomAndWindows1251AreUnderstood() {
        Table semicolons = csv("\uFEFFEmail;Прізвище;Ім’я\r\nx@example.org;Шевченко;Тарас\r\n");
        assertEquals(List.of("Email", "Прізвище", "Ім’я"), semicolons.header());
        assertEquals(List.of("x@example.org", "Шевченко", "Тарас"), semicolons.rows().getFirst().cells());
        assertEquals(2, semicolons.rows().getFirst().line());

        byte[] cp1251 = "Прізвище;Регіон\nЩербак;Київська область\n".getBytes(Charset.forName("windows-1251"));
        Table windows = Table.read("list.csv", cp1251, 10);
        assertEquals(List.of("Щербак", "Київська область"), windows.rows().getFirst().cells());

        Table declared = csv("sep=,\nemail;tail,surname\na;b,Петренко\n");
        assertEquals(List.of("email;tail", "surname"), declared.header());
        assertEquals(3, declared.rows().getFirst().line());
    }

    @Test
    void xlsxIsReadFromItsFirstSheetWithSpreadsheetRowNumbers() {
        byte[] file = Spreadsheets.xlsx(Arrays.asList(
                List.of("Email", "Прізвище", "Телефон"),
                List.of("a@example.org", "Мельник", 380501234567L),
                Arrays.asList((Object) null),
                List.of("b@example.org", "Бондар", "+380 44 123 45 67")));
        Table table = Table.read("Учасники.XLSX", file, 10);
        assertEquals(List.of("Email", "Прізвище", "Телефон"), table.header());
        assertEquals(List.of(2, 4), table.rows().stream().map(Table.Row::line).toList());
        assertEquals(List.of("a@example.org", "Мельник", "380501234567"), table.rows().get(0).cells());
        assertEquals("+380 44 123 45 67", table.rows().get(1).cell(2));
    }

    @Test
    void tooManyRowsEmptyFilesAndBrokenQuotesAreRefusedByName() {
        assertEquals("400 file:too_many_rows", refusal(() -> Table.read("list.csv", "h\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8), 2)));
        assertEquals("400 file:table_empty", refusal(() -> csv("\n , \n")));
        assertEquals("400 file:table_malformed", refusal(() -> csv("email,name\na@example.org,\"unclosed\n")));
        byte[] manyRows = Spreadsheets.xlsx(List.of(List.of("h"), List.of("1"), List.of("2"), List.of("3")));
        assertEquals("400 file:too_many_rows", refusal(() -> Table.read("list.xlsx", manyRows, 2)));
    }

    @Test
    void excelsUnicodeTextIsUtf16WithTabs() {
        byte[] text = ("email\tname\r\nа@example.org\tАнна\r\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        Table table = Table.read("list.txt", withBom, 10);
        assertEquals(List.of("email", "name"), table.header());
        assertEquals(List.of("а@example.org", "Анна"), table.rows().getFirst().cells());
    }

    @Test
    void aSeparatorLineNamingTheQuoteIsMalformedNotACrash() {
        assertEquals("400 file:table_malformed", refusal(() -> csv("sep=\"\nemail,name\na@example.org,Ann\n")));
        assertEquals(List.of("a@example.org", "Ann"), csv("sep=;\nemail;name\na@example.org;Ann\n").rows().getFirst().cells());
    }

    @Test
    void hugeCellsAndHugeTablesAreRefusedBeforeTheyAreKept() {
        String huge = "Я".repeat(Table.MAX_CELL_LENGTH + 1);
        assertEquals("400 file:table_cell_too_long", refusal(() -> csv("email,name\na@example.org," + huge + "\n")));
        // one shared string repeated in every cell: small on disk, huge once read
        String big = "Б".repeat(Table.MAX_CELL_LENGTH);
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.add(List.of("email", "name"));
        for (int i = 0; i < 9000; i++) {
            rows.add(List.of(big, big));
        }
        byte[] repeated = Spreadsheets.xlsx(rows);
        assertEquals("400 file:table_too_large", refusal(() -> Table.read("list.xlsx", repeated, 10_000)));
        byte[] longCell = Spreadsheets.xlsx(List.of(List.of("email"), List.of(huge)));
        ApiException e = assertThrows(ApiException.class, () -> Table.read("list.xlsx", longCell, 10));
        assertEquals("table_cell_too_long", e.fieldErrors().getFirst().code());
        assertEquals(2, e.fieldErrors().getFirst().arguments()[0], "the spreadsheet row of the cell");
    }

    @Test
    void filesThatAreNotWhatTheirNameSaysAreRefused() {
        byte[] executable = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};
        assertEquals("415 file:table_type_not_allowed", refusal(() -> Table.read("list.csv", executable, 10)));
        byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertEquals("415 file:table_type_not_allowed", refusal(() -> Table.read("list.xls", oldExcel, 10)));
        assertEquals("415 file:table_type_not_allowed", refusal(() -> Table.read("list.xlsx", "a,b\n".getBytes(StandardCharsets.UTF_8), 10)));
        assertEquals("415 file:table_type_not_allowed", refusal(() -> Table.read("list.pdf", "a,b\n".getBytes(StandardCharsets.UTF_8), 10)));
        byte[] notAWorkbook = zip("readme.txt", new byte[10]);
        assertEquals("400 file:table_malformed", refusal(() -> Table.read("list.xlsx", notAWorkbook, 10)));
    }

    @Test
    void anXlsxThatUnpacksPastTheLimitIsRefusedBeforeParsing() {
        byte[] bomb = zip("xl/worksheets/sheet1.xml", new byte[(int) Table.MAX_UNPACKED_BYTES + 1]);
        assertEquals("400 file:table_malformed", refusal(() -> Table.read("list.xlsx", bomb, 10)));
    }

    private static byte[] zip(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
        return out.toByteArray();
    }
}
