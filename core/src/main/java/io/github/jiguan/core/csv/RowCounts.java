package io.github.jiguan.core.csv;

/**
 * What an import did with the rows of one file: every data row is accepted, rejected as bad, or
 * rejected as a repeat of an earlier record, so {@code rows() == accepted + rejected + repeats}.
 *
 * @param source   the file name
 * @param accepted rows taken in
 * @param rejected rows refused as bad
 * @param repeats  rows refused because they repeat an earlier record (the same id)
 */
public record RowCounts(String source, long accepted, long rejected, long repeats) {

    /** The data rows read: accepted + rejected + repeats. */
    public long rows() {
        return accepted + rejected + repeats;
    }

    /** The share of the rows that was refused (bad or repeated), 0 for a file without rows. */
    public double refusedShare() {
        long rows = rows();
        return rows == 0 ? 0 : (double) (rejected + repeats) / rows;
    }

    RowCounts plus(long accepted, long rejected, long repeats) {
        return new RowCounts(source, this.accepted + accepted, this.rejected + rejected, this.repeats + repeats);
    }
}
