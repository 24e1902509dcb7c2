package io.github.jiguan.standards.source;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.finding.Citation;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The document a standard file transcribes: a national standard or a province's own rules.
 *
 * @param id         a stable identifier of the standard, such as {@code office-construction-2014}
 * @param title      the document's title without book-title marks, such as 党政机关办公用房建设标准
 * @param number     the document number (文号), such as 发改投资〔2014〕2674号
 * @param issuer     who issued it, such as 国家发展改革委 住房城乡建设部
 * @param effective  the date it took effect
 * @param scope      where it applies, such as 全国 or 河北省
 * @param overrides  the id of the standard it overrides, or {@code null} for a national standard
 * @param provisionalEffective whether the effective date is provisional (known only approximately)
 * @param source     the file it was read from, for messages
 */
public record StandardDocument(String id, String title, String number, String issuer, LocalDate effective,
                               String scope, String overrides, boolean provisionalEffective, String source) {

    /** Validates the fields. */
    public StandardDocument {
        id = Checks.notBlank("document.id", id);
        title = Checks.notBlank("document.title", title);
        number = Checks.notBlank("document.number", number);
        issuer = Checks.notBlank("document.issuer", issuer);
        Checks.notNull("document.effective", effective);
        scope = Checks.notBlank("document.scope", scope);
        overrides = overrides == null || overrides.isBlank() ? null : overrides.strip();
        source = Checks.notBlank("source", source);
    }

    /** The id of the standard this document overrides, if it is an override. */
    public Optional<String> overridden() {
        return Optional.ofNullable(overrides);
    }

    /** The citation of a figure of this document. */
    public Citation citation(String article, String figure, boolean provisional) {
        return new Citation(title, number, article, figure, provisional);
    }

    /** 《title》（number）, as documents are cited. */
    public String cite() {
        return "《" + title + "》（" + number + "）";
    }

    @Override
    public String toString() {
        return cite() + " " + scope + ", effective " + effective + (provisionalEffective ? " (provisional)" : "");
    }
}
