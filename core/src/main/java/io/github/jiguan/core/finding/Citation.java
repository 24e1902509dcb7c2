package io.github.jiguan.core.finding;

import io.github.jiguan.core.Checks;

/**
 * The rule a finding applied, as an inspector cites it: the document, its number (文号), the
 * article, and the figure compared, so that the verdict can be checked against the text. A figure
 * not confirmed from the original text is marked provisional.
 *
 * @param document    the document's title without book-title marks, such as 党政机关办公用房建设标准
 * @param number      its document number, such as 发改投资〔2014〕2674号; empty when it has none
 * @param article     the article, table or clause, such as 表1 or 第十九条; empty when the whole document
 * @param figure      the figure or rule applied, such as 县级机关 县级正职 30 m²
 * @param provisional whether the figure is provisional (not confirmed from the original text)
 */
public record Citation(String document, String number, String article, String figure, boolean provisional) {

    /** Validates the fields; null number and article become empty. */
    public Citation {
        document = Checks.notBlank("document", document);
        number = number == null ? "" : number.strip();
        article = article == null ? "" : article.strip();
        figure = Checks.notBlank("figure", figure);
    }

    /** A citation of a figure that is not provisional. */
    public static Citation of(String document, String number, String article, String figure) {
        return new Citation(document, number, article, figure, false);
    }

    /** This citation with another figure. */
    public Citation withFigure(String value) {
        return new Citation(document, number, article, value, provisional);
    }

    /**
     * The citation as one line: {@code 《党政机关办公用房建设标准》（发改投资〔2014〕2674号）表1：县级机关 县级正职 30 m²},
     * followed by （暂定） when the figure is provisional.
     */
    @Override
    public String toString() {
        return "《" + document + "》" + (number.isEmpty() ? "" : "（" + number + "）") + article + "：" + figure
                + (provisional ? "（暂定）" : "");
    }
}
