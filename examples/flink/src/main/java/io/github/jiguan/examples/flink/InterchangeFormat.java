package io.github.jiguan.examples.flink;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.csv.CsvReader;
import io.github.jiguan.core.csv.CsvRow;
import io.github.jiguan.core.csv.RejectedRowException;
import io.github.jiguan.core.interchange.FixesCsv;
import io.github.jiguan.core.interchange.OrdersCsv;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * Reads fixes.csv or orders.csv for Flink's file source with core's interchange parsers, row by
 * row: a good row becomes a fix or an order, a bad one a {@link InputRow.Kind#REJECTED} row that
 * names file, line, column, value and reason. A file without the required columns fails the job.
 * Files are read whole (not split), so Flink restores a reader by skipping the rows it had read.
 */
public final class InterchangeFormat extends SimpleStreamFormat<InputRow> {

    private static final long serialVersionUID = 1L;

    /** Which interchange file. */
    public enum File {
        /** fixes.csv. */
        FIXES,
        /** orders.csv. */
        ORDERS
    }

    private final File file;
    private final String source;

    /**
     * A format for one kind of file.
     *
     * @param source the file's name as rejections show it
     */
    public InterchangeFormat(File file, String source) {
        this.file = file;
        this.source = source;
    }

    @Override
    public StreamFormat.Reader<InputRow> createReader(Configuration config, FSDataInputStream stream) {
        CsvReader csv = CsvReader.of(stream, StandardCharsets.UTF_8, source); // bad bytes named on their own line
        if (file == File.FIXES) {
            int[] columns = FixesCsv.columns(csv);
            return reader(csv, row -> InputRow.fix(FixesCsv.fix(row, columns)));
        }
        csv.requireColumns(OrdersCsv.HEADER);
        return reader(csv, row -> InputRow.order(OrdersCsv.order(row)));
    }

    private static StreamFormat.Reader<InputRow> reader(CsvReader csv, java.util.function.Function<CsvRow, InputRow> parse) {
        return new StreamFormat.Reader<>() {
            @Override
            public InputRow read() {
                CsvRow row = csv.next();
                if (row == null) {
                    return null;
                }
                if (row.problem() != null) {
                    return InputRow.rejected(row.problem().toString()); // a stray quote, a value under no column
                }
                try {
                    return parse.apply(row);
                } catch (RejectedRowException e) {
                    return InputRow.rejected(e.rejection().toString());
                } catch (InvalidValueException e) {
                    return InputRow.rejected(row.reject(e).toString());
                }
            }

            @Override
            public void close() {
                csv.close();
            }
        };
    }

    @Override
    public TypeInformation<InputRow> getProducedType() {
        return TypeInformation.of(InputRow.class);
    }
}
