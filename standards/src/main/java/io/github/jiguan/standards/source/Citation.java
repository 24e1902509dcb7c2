package io.github.jiguan.standards.source;

import io.github.jiguan.core.Checks;

/**
 * The rule a verdict applied: the document, the article and the figure, so that an inspector can
 * check it. Provisional figures say so.
 *
 * @param document    the document cited
 * @param article     the article, table or note, such as 表1 or 第十九条; may be empty
 * @param figure      the figure or rule applied, such as 县级机关 县级正职 30 m²
 * @param provisional whether the figure is provisional
 */
public record Citation(StandardDocument document, String article, String figure, boolean provisional) {

    /** Validates the fields; a null article becomes empty. */
    public Citation {
        Checks.notNull("document", document);
        article = article == null ? "" : article.strip();
        figure = Checks.notBlank("figure", figure);
    }

    /**
     * The citation as one line: {@code 《党政机关办公用房建设标准》（发改投资〔2014〕2674号）表1：县级机关 县级正职 30 m²},
     * followed by （暂定） when the figure is provisional.
     */
    @Override
    public String toString() {
        return document.cite() + article + "：" + figure + (provisional ? "（暂定）" : "");
    }
}
