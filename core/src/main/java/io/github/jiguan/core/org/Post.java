package io.github.jiguan.core.org;

import io.github.jiguan.core.Checks;

/**
 * 职务: a post held in an agency at a grade.
 *
 * @param agencyId the agency the post belongs to
 * @param grade    the grade of the post
 * @param title    the post's title, such as 副局长; may be empty
 */
public record Post(String agencyId, Grade grade, String title) {

    /** Validates the fields; a null title becomes empty. */
    public Post {
        agencyId = Checks.id("post agency id", agencyId);
        Checks.notNull("grade", grade);
        title = title == null ? "" : title.strip();
    }

    /** A post without a title. */
    public static Post of(String agencyId, Grade grade) {
        return new Post(agencyId, grade, "");
    }
}
