package io.github.jiguan.core.org;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person who may occupy office space: a main post, any concurrent posts, and a status with the
 * date it took effect.
 *
 * @param id                     the person's identifier in the platform
 * @param name                   the person's name
 * @param mainPost               the main post (主要职务), whose agency is the main unit
 * @param concurrentPosts        concurrent posts (兼职) in other agencies; may be empty
 * @param status                 serving, retired or transferred
 * @param statusSince            the date the status took effect
 * @param secondOfficeAgencyId   the agency of the concurrent post for which a second office was
 *                               approved, or {@code null} when none was; when present it must be
 *                               the agency of one of the concurrent posts
 */
public record Person(String id, String name, Post mainPost, List<Post> concurrentPosts,
                     PersonStatus status, LocalDate statusSince, String secondOfficeAgencyId) {

    /** Validates the fields and copies the list. */
    public Person {
        id = Checks.id("person id", id);
        name = Checks.notBlank("person name", name);
        Checks.notNull("main post", mainPost);
        concurrentPosts = Checks.listOf("concurrent posts", concurrentPosts);
        Checks.notNull("person status", status);
        Checks.notNull("status since", statusSince);
        if (secondOfficeAgencyId != null) {
            String agency = Checks.id("second office agency id", secondOfficeAgencyId);
            if (concurrentPosts.stream().noneMatch(p -> p.agencyId().equals(agency))) {
                throw new InvalidValueException("second office agency id",
                        "must be the agency of one of the person's concurrent posts", agency);
            }
            secondOfficeAgencyId = agency;
        }
    }

    /** A serving person with one post and no concurrent posts. */
    public static Person active(String id, String name, Post mainPost, LocalDate since) {
        return new Person(id, name, mainPost, List.of(), PersonStatus.ACTIVE, since, null);
    }

    /** The grade of the main post, which sets the office entitlement. */
    public Grade grade() {
        return mainPost.grade();
    }

    /** The main unit's agency id. */
    public String agencyId() {
        return mainPost.agencyId();
    }

    /** The agency where a second office was approved, if any. */
    public Optional<String> approvedSecondOfficeAgency() {
        return Optional.ofNullable(secondOfficeAgencyId);
    }

    /** A copy with a new status taking effect on {@code since}. */
    public Person withStatus(PersonStatus newStatus, LocalDate since) {
        return new Person(id, name, mainPost, concurrentPosts, newStatus, since, secondOfficeAgencyId);
    }
}
