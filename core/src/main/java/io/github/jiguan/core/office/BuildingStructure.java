package io.github.jiguan.core.office;

/**
 * Multi-storey or high-rise, which sets the minimum usable-to-gross coefficient K of the building
 * area formula (≥ 0.65 multi-storey, ≥ 0.60 high-rise).
 */
public enum BuildingStructure {
    /** 多层. */
    MULTI_STOREY,
    /** 高层. */
    HIGH_RISE
}
