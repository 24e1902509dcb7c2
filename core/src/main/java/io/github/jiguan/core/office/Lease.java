package io.github.jiguan.core.office;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 租赁: one lease, out (出租出借: the unit's or the bureau's space let or lent to others, possibly
 * as a lot of a lease auction) or in (租用: space rented for a unit).
 *
 * @param id              the lease's identifier
 * @param direction       out or in
 * @param agencyId        for a lease out the unit that lets; for a lease in the unit that rents
 * @param buildingId      the building; for a lease in, the building rented (which need not be in the ledger)
 * @param roomIds         the rooms of the ledger it covers; may be empty (a whole building, or space outside the ledger)
 * @param area            the area let or rented
 * @param counterparty    the other party; may be empty (an unsold lot has none)
 * @param start           the first day of the term
 * @param end             the last day of the term, not before the start
 * @param annualRentYuan  the rent a year in yuan, 0 or more
 * @param approvalNumber  the number of the approval; empty when there is none
 * @param vacatedOn       the day the tenant left; null while the space is still occupied
 * @param auctionLot      the lot number of a lease auction; empty when not auctioned
 * @param auctionResult   the lot's outcome; null when not auctioned
 * @param district        for a lease in, the area (片区) it serves, compared with idle space there; may be empty
 * @param technical       for a lease in, whether it is for technical rooms (业务技术用房)
 */
public record Lease(String id, LeaseDirection direction, String agencyId, String buildingId, List<String> roomIds,
                    Area area, String counterparty, LocalDate start, LocalDate end, BigDecimal annualRentYuan,
                    String approvalNumber, LocalDate vacatedOn, String auctionLot, AuctionResult auctionResult,
                    String district, boolean technical) {

    /** Validates the fields; null texts become empty. */
    public Lease {
        id = Checks.id("lease id", id);
        Checks.notNull("lease direction", direction);
        agencyId = Checks.id("agency id", agencyId);
        buildingId = Checks.id("building id", buildingId);
        roomIds = Checks.listOf("room ids", roomIds).stream().map(r -> Checks.id("room id", r)).toList();
        Checks.notNull("area", area);
        counterparty = text(counterparty);
        Checks.notNull("start", start);
        Checks.notNull("end", end);
        if (end.isBefore(start)) {
            throw new InvalidValueException("end", "must not be before start " + start, end);
        }
        Checks.nonNegative("annual rent (yuan)", annualRentYuan);
        approvalNumber = text(approvalNumber);
        if (vacatedOn != null && vacatedOn.isBefore(start)) {
            throw new InvalidValueException("vacated on", "must not be before start " + start, vacatedOn);
        }
        auctionLot = text(auctionLot);
        if (auctionResult != null && auctionLot.isEmpty()) {
            throw new InvalidValueException("auction lot", "is required when an auction result is given", "");
        }
        district = text(district);
    }

    /** Whether an approval is recorded. */
    public boolean isApproved() {
        return !approvalNumber.isEmpty();
    }

    /** Whether the lease was a lot of a lease auction. */
    public boolean isAuctioned() {
        return !auctionLot.isEmpty();
    }

    /** The auction's outcome, if auctioned. */
    public Optional<AuctionResult> auction() {
        return Optional.ofNullable(auctionResult);
    }

    /** Whether the space is occupied under this lease on {@code day}: the term began and the tenant has not left. */
    public boolean isOccupiedOn(LocalDate day) {
        boolean let = auctionResult == null || auctionResult == AuctionResult.LET;
        return let && !start.isAfter(day) && (vacatedOn == null || vacatedOn.isAfter(day));
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
