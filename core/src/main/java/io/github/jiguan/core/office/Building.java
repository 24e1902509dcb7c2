package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;

/**
 * 办公楼: a building that holds office space.
 *
 * @param id        the building's identifier in the platform
 * @param name      its name, such as 县委大院1号楼
 * @param address   its address; may be empty
 * @param structure multi-storey or high-rise
 * @param ownership the registration status of its property right
 */
public record Building(String id, String name, String address, BuildingStructure structure,
                       OwnershipStatus ownership) {

    /** Validates the fields; a null address becomes empty. */
    public Building {
        id = Checks.id("building id", id);
        name = Checks.notBlank("building name", name);
        address = address == null ? "" : address.strip();
        Checks.notNull("building structure", structure);
        Checks.notNull("ownership status", ownership);
    }
}
