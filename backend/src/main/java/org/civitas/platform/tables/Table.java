package org.civitas.platform.tables;

import io.micronaut.http.HttpStatus;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.civitas.platform.errors.ApiException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An uploaded table: its header (the first row that is not blank) and the rows below it, blank
 * rows left out, each with the line (CSV) or row number (XLSX) it came from.
 *
 * <p>CSV may be UTF-8 (with or without a BOM) or Windows-1251, as Excel saves it in Ukraine,
 * separated by commas, semicolons or tabs (found from the header line, or from Excel's
 * {@code sep=} line). XLSX is read from its first sheet, streaming, after a check that it does not
 * unpack into more than {@link #MAX_UNPACKED_BYTES}.
 */
public record Table(List<String> header, List<Row> rows) {
    /** Columns past this many are ignored. */
    public static final int MAX_COLUMNS = 100;
    /** No cell of a list of people holds more; a longer one is refused before it is copied anywhere. */
    static final int MAX_CELL_LENGTH = 2_000;
    /** The whole table's text: a few repeated huge strings must not fill memory once read. */
    static final long MAX_TEXT_LENGTH = 16L * 1024 * 1024;
    static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final Pattern SEPARATOR_LINE = Pattern.compile("^sep=(.)\\r?\\n", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One row: its cells, trimmed, and the line number a person sees in their editor or spreadsheet. */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }
    }

    /**
     * Reads the file by its extension, checking the content agrees. Refusals name the field
     * {@code file}: 415 table_type_not_allowed, 400 table_empty, table_malformed, too_many_rows,
     * table_cell_too_long (with the line) or table_too_large.
     */
    public static Table read(String fileName, byte[] content, int maxRows) {
        Table table = read(fileName, content, new Builder(maxRows, true));
        if (table.header().stream().allMatch(String::isEmpty)) {
            throw ApiException.invalidField("file", "table_empty");
        }
        return table;
    }

    /**
     * Every row of a file that is not one table but several sections (a meeting report: a summary,
     * then participants), each with its line; the same formats, encodings and limits as {@link #read}.
     */
    public static List<Row> rows(String fileName, byte[] content, int maxRows) {
        List<Row> rows = read(fileName, content, new Builder(maxRows, false)).rows();
        if (rows.isEmpty()) {
            throw ApiException.invalidField("file", "table_empty");
        }
        return rows;
    }

    private static Table read(String fileName, byte[] content, Builder table) {
        String name = fileName.toLowerCase(Locale.ROOT);
        boolean zip = content.length >= ZIP.length && Arrays.equals(Arrays.copyOf(content, ZIP.length), ZIP);
        if (name.endsWith(".xlsx") && zip) {
            return readXlsx(content, table);
        }
        if ((name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) && !zip && (utf16(content) != null || !isBinary(content))) {
            return readCsv(decode(content), table);
        }
        throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "table_type_not_allowed",
                List.of(new ApiException.FieldError("file", "table_type_not_allowed")), Map.of());
    }

    /** UTF-16 as its byte order mark says (Teams and Excel's "Unicode text" write it), or null. */
    private static @Nullable Charset utf16(byte[] content) {
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    static String decode(byte[] content) {
        Charset wide = utf16(content);
        if (wide != null) {
            return new String(content, 2, content.length - 2, wide);
        }
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, start, content.length - start, WINDOWS_1251);
        }
    }

    static Table readCsv(String text, int maxRows) {
        return readCsv(text, new Builder(maxRows, true));
    }

    private static Table readCsv(String text, Builder table) {
        char separator;
        Matcher declared = SEPARATOR_LINE.matcher(text);
        if (declared.find()) {
            separator = declared.group(1).charAt(0);
            if (separator == '"' || separator == '\r') {
                throw ApiException.invalidField("file", "table_malformed");
            }
            // keep the line, blank, so that line numbers stay the file's own
            text = "\n" + text.substring(declared.end());
        } else {
            separator = guessSeparator(text);
        }
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                table.add(lineOf(lineStarts, firstCharacter(text, record.getCharacterPosition())),
                        record.stream().limit(MAX_COLUMNS).map(c -> c == null ? "" : c.strip()).toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            throw ApiException.invalidField("file", "table_malformed");
        }
        return table.build();
    }

    /**
     * The separator most of the first lines use: tab, semicolon or comma (the default). Counted over
     * lines, not one line: a report's title line may hold none, a participant's name a comma.
     */
    private static char guessSeparator(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(20).toList();
        char best = ',';
        long most = lines.stream().filter(l -> l.indexOf(',') >= 0).count();
        for (char candidate : new char[]{';', '\t'}) {
            long count = lines.stream().filter(l -> l.indexOf(candidate) >= 0).count();
            if (count >= most && count > 0) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    /** A record's position is where the parser started, before the blank lines it skipped. */
    private static long firstCharacter(String text, long position) {
        long at = position;
        while (at < text.length() && (text.charAt((int) at) == '\n' || text.charAt((int) at) == '\r')) {
            at++;
        }
        return at;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 1-based line of a character position. */
    private static int lineOf(int[] lineStarts, long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    private static boolean isBinary(byte[] content) {
        int length = Math.min(content.length, 4096);
        for (int i = 0; i < length; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    static Table readXlsx(byte[] content, int maxRows) {
        return readXlsx(content, new Builder(maxRows, true));
    }

    private static Table readXlsx(byte[] content, Builder table) {
        checkUnpackedSize(content);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
             var sheetRows = workbook.getFirstSheet().openStream()) {
            Iterator<org.dhatim.fastexcel.reader.Row> iterator = sheetRows.iterator();
            while (iterator.hasNext()) {
                org.dhatim.fastexcel.reader.Row row = iterator.next();
                int width = Math.min(row.getCellCount(), MAX_COLUMNS);
                List<String> cells = new ArrayList<>(width);
                for (int i = 0; i < width; i++) {
                    Cell cell = row.getCell(i);
                    String text = cell == null ? null : cell.getText();
                    if (text != null && text.length() > MAX_CELL_LENGTH) {
                        throw cellTooLong(row.getRowNum());
                    }
                    cells.add(text == null ? "" : text.strip());
                }
                table.add(row.getRowNum(), cells);
            }
        } catch (IOException | RuntimeException malformed) {
            if (malformed instanceof ApiException refusal) {
                throw refusal;
            }
            throw ApiException.invalidField("file", "table_malformed");
        }
        return table.build();
    }

    /** Refuses a zip that unpacks past the limit (a "zip bomb") before any XML parser sees it. */
    private static void checkUnpackedSize(byte[] content) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        total += n;
                        if (total > MAX_UNPACKED_BYTES) {
                            throw ApiException.invalidField("file", "table_malformed");
                        }
                    }
                }
            }
        } catch (IOException malformed) {
            throw ApiException.invalidField("file", "table_malformed");
        }
    }

    private static ApiException cellTooLong(int line) {
        return ApiException.invalidField("file", "table_cell_too_long", line, MAX_CELL_LENGTH);
    }

    /** Takes rows in file order, blank ones left out; with a header, the first row that is not blank is it. */
    private static final class Builder {
        private final int maxRows;
        private final boolean withHeader;
        private final List<Row> rows = new ArrayList<>();
        private @Nullable List<String> header;
        private long textLength;

        Builder(int maxRows, boolean withHeader) {
            this.maxRows = maxRows;
            this.withHeader = withHeader;
        }

        void add(int line, List<String> cells) {
            if (cells.stream().allMatch(String::isEmpty)) {
                return;
            }
            for (String cell : cells) {
                if (cell.length() > MAX_CELL_LENGTH) {
                    throw cellTooLong(line);
                }
                textLength += cell.length();
            }
            if (textLength > MAX_TEXT_LENGTH) {
                throw ApiException.invalidField("file", "table_too_large");
            }
            if (withHeader && header == null) {
                header = cells;
            } else if (rows.size() == maxRows) {
                throw ApiException.invalidField("file", "too_many_rows", maxRows);
            } else {
                rows.add(new Row(line, cells));
            }
        }

        Table build() {
            return new Table(header == null ? List.of() : header, rows);
        }
    }
}
