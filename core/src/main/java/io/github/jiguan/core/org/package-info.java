/**
 * Organisations and people: administrative levels (行政层级), grades (职务层次), agencies
 * (机关单位), posts and persons.
 *
 * <p>Values are immutable records validated at construction; a bad value raises
 * {@link io.github.jiguan.core.InvalidValueException} naming the field. Parameters are non-null
 * unless a component is documented as nullable. Thread-safe.
 */
package io.github.jiguan.core.org;
