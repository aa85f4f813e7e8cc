package org.civitas.platform.tables;

import io.micronaut.core.io.Writable;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Tables for people to open in Excel or LibreOffice: CSV in UTF-8 with a BOM (so Excel reads
 * Cyrillic right) and XLSX with a bold, frozen header and numbers as numbers. Text that a
 * spreadsheet would take for a formula (=, +, -, @, tab, carriage return first) is neutralized
 * with a leading apostrophe, in every cell that came from a person. Rows are written as they come.
 */
public final class Exports {
    private static final int FLUSH_ROWS = 1000;

    private Exports() {
    }

    public static void csv(OutputStream out, List<String> header, Iterable<List<Object>> rows) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            line(writer, header.stream().map(h -> (Object) h).toList());
            for (List<Object> row : rows) {
                line(writer, row);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One sheet of a workbook: its name, header and rows (read once, as they are written). */
    public record Sheet(String name, List<String> header, Iterable<List<Object>> rows) {
    }

    public static void xlsx(OutputStream out, String sheetName, List<String> header, Iterable<List<Object>> rows) {
        xlsx(out, List.of(new Sheet(sheetName, header, rows)));
    }

    /**
     * A workbook of the sheets in turn. Each sheet is written out every {@value #FLUSH_ROWS} rows and
     * finished before the next begins, so a sheet of any length never sits in memory.
     */
    public static void xlsx(OutputStream out, List<Sheet> sheets) {
        try {
            Workbook workbook = new Workbook(out, "Civitas", "1.0");
            for (Sheet content : sheets) {
                Worksheet sheet = workbook.newWorksheet(content.name());
                List<String> header = content.header();
                for (int c = 0; c < header.size(); c++) {
                    sheet.value(0, c, header.get(c));
                    sheet.style(0, c).bold().set();
                    sheet.width(c, Math.max(12, Math.min(50, header.get(c).length() + 4)));
                }
                sheet.freezePane(0, 1);
                int r = 1;
                for (List<Object> row : content.rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        cell(sheet, r, c, row.get(c));
                    }
                    if (r++ % FLUSH_ROWS == 0) {
                        sheet.flush();
                    }
                }
                sheet.finish();
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Worksheet sheet, int r, int c, Object value) {
        switch (value) {
            case null -> {
            }
            case Number number -> sheet.value(r, c, number);
            case Boolean yes -> sheet.value(r, c, yes);
            case LocalDate date -> {
                sheet.value(r, c, date);
                sheet.style(r, c).format("yyyy-mm-dd").set();
            }
            case Instant instant -> sheet.value(r, c, instant.toString());
            default -> sheet.value(r, c, neutralized(value.toString()));
        }
    }

    /** A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection). */
    public static String neutralized(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void line(Writer writer, List<Object> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            Object value = cells.get(i);
            String text = value == null ? "" : value instanceof Number || value instanceof Boolean ? value.toString()
                    : neutralized(value.toString());
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                text = "\"" + text.replace("\"", "\"\"") + "\"";
            }
            writer.write(text);
        }
        writer.write("\r\n");
    }

    /** A workbook of several sheets written when the answer is sent, as a response body. */
    public static Writable writable(List<Sheet> sheets) {
        return written(out -> xlsx(out, sheets), sheets.stream().map(Sheet::rows).toList());
    }

    /** A table written when the answer is sent: XLSX or CSV (UTF-8 with BOM), as a response body. */
    public static Writable writable(boolean xlsx, String sheet, List<String> header, Iterable<List<Object>> rows) {
        return xlsx ? writable(List.of(new Sheet(sheet, header, rows))) : written(out -> csv(out, header, rows), List.of(rows));
    }

    /** Rows that hold something open (a database cursor) are closed once written, or when writing fails. */
    private static Writable written(Consumer<OutputStream> body, List<Iterable<List<Object>>> rows) {
        return new Writable() {
            @Override
            public void writeTo(Writer out) {
                throw new UnsupportedOperationException("written as bytes");
            }

            @Override
            public void writeTo(OutputStream out, Charset charset) {
                try {
                    body.accept(out);
                } finally {
                    for (Iterable<List<Object>> table : rows) {
                        if (table instanceof AutoCloseable open) {
                            try {
                                open.close();
                            } catch (Exception e) {
                                throw new IllegalStateException("cannot close the rows of an export", e);
                            }
                        }
                    }
                }
            }
        };
    }
}
