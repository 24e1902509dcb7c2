package io.github.jiguan.core.fleet;

import io.github.jiguan.core.InvalidValueException;
import io.github.jiguan.core.geo.GeoPoint;
import io.github.jiguan.core.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * 公务用车: an official vehicle, the entry of the per-vehicle dossier ("一车一档").
 *
 * <p>Only id, plate, agency and category are required; what a platform's export lacks stays empty.
 * Build one with {@link #builder(String, Plate, String, VehicleCategory)}. Instances are immutable.
 */
public final class Vehicle {

    private static final BigDecimal MAX_DISPLACEMENT_L = new BigDecimal("20");
    private static final BigDecimal MAX_PRICE_YUAN = new BigDecimal("100000000");

    private final String id;
    private final Plate plate;
    private final String agencyId;
    private final VehicleCategory category;
    private final Vin vin;
    private final EnergyType energy;
    private final BigDecimal displacementLitres;
    private final BigDecimal priceYuan;
    private final LocalDate purchaseDate;
    private final Marking marking;
    private final GeoPoint base;
    private final LocalDate inServiceFrom;
    private final LocalDate inServiceUntil;

    private Vehicle(Builder b) {
        this.id = Checks.id("vehicle id", b.id);
        this.plate = Checks.notNull("plate", b.plate);
        this.agencyId = Checks.id("agency id", b.agencyId);
        this.category = Checks.notNull("vehicle category", b.category);
        this.vin = b.vin;
        this.energy = b.energy;
        this.displacementLitres = b.displacementLitres == null ? null
                : Checks.positiveAtMost("displacement (L)", b.displacementLitres, MAX_DISPLACEMENT_L);
        this.priceYuan = b.priceYuan == null ? null
                : Checks.positiveAtMost("price (yuan)", b.priceYuan, MAX_PRICE_YUAN);
        this.purchaseDate = b.purchaseDate;
        this.marking = b.marking;
        this.base = b.base;
        this.inServiceFrom = b.inServiceFrom;
        this.inServiceUntil = b.inServiceUntil;
        if (inServiceFrom != null && inServiceUntil != null && !inServiceUntil.isAfter(inServiceFrom)) {
            throw new InvalidValueException("in service until",
                    "must be after in service from " + inServiceFrom, inServiceUntil);
        }
        if (energy != null && !energy.hasDisplacement() && displacementLitres != null) {
            throw new InvalidValueException("displacement (L)",
                    "must be empty for energy type " + energy, displacementLitres.toPlainString());
        }
    }

    /** Starts a vehicle with its required fields. */
    public static Builder builder(String id, Plate plate, String agencyId, VehicleCategory category) {
        return new Builder(id, plate, agencyId, category);
    }

    /** A builder preloaded with this vehicle's fields, for modified copies. */
    public Builder toBuilder() {
        return new Builder(id, plate, agencyId, category).vin(vin).energy(energy)
                .displacementLitres(displacementLitres).priceYuan(priceYuan).purchaseDate(purchaseDate)
                .marking(marking).base(base).inService(inServiceFrom, inServiceUntil);
    }

    /** The vehicle's identifier in the platform. */
    public String id() {
        return id;
    }

    /** The licence plate. */
    public Plate plate() {
        return plate;
    }

    /** The agency the vehicle is assigned to. */
    public String agencyId() {
        return agencyId;
    }

    /** The category of the 2017 measures. */
    public VehicleCategory category() {
        return category;
    }

    /** The VIN, if known. */
    public Optional<Vin> vin() {
        return Optional.ofNullable(vin);
    }

    /** The energy type, if known. */
    public Optional<EnergyType> energy() {
        return Optional.ofNullable(energy);
    }

    /** The engine displacement in litres, if known and the vehicle has an engine. */
    public Optional<BigDecimal> displacementLitres() {
        return Optional.ofNullable(displacementLitres);
    }

    /** The purchase price in yuan (exact), if known. */
    public Optional<BigDecimal> priceYuan() {
        return Optional.ofNullable(priceYuan);
    }

    /** The purchase date, if known. */
    public Optional<LocalDate> purchaseDate() {
        return Optional.ofNullable(purchaseDate);
    }

    /** Whether the vehicle carries the uniform marking, if known. */
    public Optional<Marking> marking() {
        return Optional.ofNullable(marking);
    }

    /** Where the vehicle must be parked overnight, if known. */
    public Optional<GeoPoint> base() {
        return Optional.ofNullable(base);
    }

    /** The first day in service, if known. */
    public Optional<LocalDate> inServiceFrom() {
        return Optional.ofNullable(inServiceFrom);
    }

    /** The first day no longer in service (disposal), if the vehicle has left service. */
    public Optional<LocalDate> inServiceUntil() {
        return Optional.ofNullable(inServiceUntil);
    }

    /** Whether the vehicle is in service on {@code date}; unknown dates count as in service. */
    public boolean isInServiceOn(LocalDate date) {
        return (inServiceFrom == null || !date.isBefore(inServiceFrom))
                && (inServiceUntil == null || date.isBefore(inServiceUntil));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vehicle v && id.equals(v.id) && plate.equals(v.plate) && agencyId.equals(v.agencyId)
                && category == v.category && Objects.equals(vin, v.vin) && energy == v.energy
                && Objects.equals(displacementLitres, v.displacementLitres) && Objects.equals(priceYuan, v.priceYuan)
                && Objects.equals(purchaseDate, v.purchaseDate) && marking == v.marking && Objects.equals(base, v.base)
                && Objects.equals(inServiceFrom, v.inServiceFrom) && Objects.equals(inServiceUntil, v.inServiceUntil);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, plate, agencyId, category, vin, energy, displacementLitres, priceYuan,
                purchaseDate, marking, base, inServiceFrom, inServiceUntil);
    }

    @Override
    public String toString() {
        return "Vehicle[" + id + " " + plate + " " + category + " agency=" + agencyId + "]";
    }

    /** Builds a {@link Vehicle}; optional fields may be left unset or set to {@code null}. */
    public static final class Builder {
        private final String id;
        private final Plate plate;
        private final String agencyId;
        private final VehicleCategory category;
        private Vin vin;
        private EnergyType energy;
        private BigDecimal displacementLitres;
        private BigDecimal priceYuan;
        private LocalDate purchaseDate;
        private Marking marking;
        private GeoPoint base;
        private LocalDate inServiceFrom;
        private LocalDate inServiceUntil;

        private Builder(String id, Plate plate, String agencyId, VehicleCategory category) {
            this.id = id;
            this.plate = plate;
            this.agencyId = agencyId;
            this.category = category;
        }

        /** Sets the VIN. */
        public Builder vin(Vin value) {
            this.vin = value;
            return this;
        }

        /** Sets the energy type. */
        public Builder energy(EnergyType value) {
            this.energy = value;
            return this;
        }

        /** Sets the displacement in litres, in (0, 20]. */
        public Builder displacementLitres(BigDecimal value) {
            this.displacementLitres = value;
            return this;
        }

        /** Sets the purchase price in yuan. */
        public Builder priceYuan(BigDecimal value) {
            this.priceYuan = value;
            return this;
        }

        /** Sets the purchase date. */
        public Builder purchaseDate(LocalDate value) {
            this.purchaseDate = value;
            return this;
        }

        /** Sets the marking status. */
        public Builder marking(Marking value) {
            this.marking = value;
            return this;
        }

        /** Sets the base where the vehicle parks overnight. */
        public Builder base(GeoPoint value) {
            this.base = value;
            return this;
        }

        /** Sets the service period: the first day in service and the first day out of it (either may be null). */
        public Builder inService(LocalDate from, LocalDate until) {
            this.inServiceFrom = from;
            this.inServiceUntil = until;
            return this;
        }

        /**
         * Builds the vehicle.
         *
         * @throws InvalidValueException naming the field when a value is out of range
         */
        public Vehicle build() {
            return new Vehicle(this);
        }
    }
}
