package io.github.jiguan.standards.office.ledger;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.office.AuctionResult;
import io.github.jiguan.core.office.Lease;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The results of one unit's lease auctions (出租拍卖): lots let, unsold (流拍) and withdrawn (撤拍),
 * and the annual amount of the lots let.
 *
 * @param agencyId   the unit that let the lots
 * @param lots       the lots
 * @param let        lots let
 * @param unsold     lots unsold
 * @param withdrawn  lots withdrawn
 * @param annualYuan the rent a year of the lots let
 */
public record AuctionSummary(String agencyId, int lots, int let, int unsold, int withdrawn, BigDecimal annualYuan) {

    /** Validates the counts. */
    public AuctionSummary {
        agencyId = Checks.id("agency id", agencyId);
        if (let + unsold + withdrawn != lots) {
            throw new io.github.jiguan.core.InvalidValueException("lots", "must equal let + unsold + withdrawn", lots);
        }
        Checks.nonNegative("annual amount (yuan)", annualYuan);
    }

    /** One summary per unit that auctioned leases, by unit id. */
    static List<AuctionSummary> of(List<Lease> leases) {
        Map<String, List<Lease>> byUnit = new TreeMap<>();
        leases.stream().filter(Lease::isAuctioned).forEach(l ->
                byUnit.computeIfAbsent(l.agencyId(), k -> new ArrayList<>()).add(l));
        List<AuctionSummary> out = new ArrayList<>();
        byUnit.forEach((unit, ls) -> {
            int unsold = count(ls, AuctionResult.UNSOLD);
            int withdrawn = count(ls, AuctionResult.WITHDRAWN);
            BigDecimal yuan = ls.stream().filter(l -> l.auction().orElse(AuctionResult.LET) == AuctionResult.LET)
                    .map(Lease::annualRentYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
            out.add(new AuctionSummary(unit, ls.size(), ls.size() - unsold - withdrawn, unsold, withdrawn, yuan));
        });
        return List.copyOf(out);
    }

    private static int count(List<Lease> ls, AuctionResult result) {
        return (int) ls.stream().filter(l -> l.auction().orElse(null) == result).count();
    }
}
