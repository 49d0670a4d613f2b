package cn.techmarket.tenant.library;

import cn.techmarket.model.record.Industry;
import cn.techmarket.model.record.MaturityStage;
import cn.techmarket.model.record.TransferMode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the province search indexes of a public record, the same fields for every kind: each kind
 * says how its record fills them (see {@link LibraryKind}), so the hub indexes a new kind without
 * knowing it.
 *
 * @param title       what a hit is called: a listing's title, a person's or institution's name
 * @param text        the searchable prose, one part a line
 * @param industries  every industry the record is about (its own, an expert's fields, a financier's targets)
 * @param price       an achievement's asking price or a demand's upper budget; null when negotiable
 * @param available   whether an expert takes consulting work
 * @param amountMin   the smallest amount a financier's products lend or invest
 * @param category    a classified kind's first level (an instrument's category)
 * @param subcategory its second level (an instrument's class)
 * @param valueBand   the band of what it is worth (an instrument's original value)
 * @param tradeStatus where an achievement's latest listing stands (挂牌交易), e.g. {@code LISTED}
 * @param noticeEndsAt when that listing's notice ends
 * @param bestBid     the best bid of its auction
 */
public record SearchEntry(
        String title,
        String text,
        Industry industry,
        List<Industry> industries,
        MaturityStage maturity,
        MaturityStage minMaturity,
        List<TransferMode> transferModes,
        BigDecimal price,
        BigDecimal budgetMin,
        Boolean available,
        BigDecimal amountMin,
        BigDecimal amountMax,
        String category,
        String subcategory,
        String valueBand,
        Instant publishedAt,
        String tradeStatus,
        Instant noticeEndsAt,
        BigDecimal bestBid) {

    public static Builder titled(String title) {
        return new Builder(title);
    }

    /** Kinds fill what they have; the rest stays empty. */
    public static final class Builder {
        private final String title;
        private final List<String> text = new ArrayList<>();
        private final Set<Industry> industries = new LinkedHashSet<>();
        private Industry industry;
        private MaturityStage maturity;
        private MaturityStage minMaturity;
        private List<TransferMode> transferModes;
        private BigDecimal price;
        private BigDecimal budgetMin;
        private Boolean available;
        private BigDecimal amountMin;
        private BigDecimal amountMax;
        private String category;
        private String subcategory;
        private String valueBand;
        private String tradeStatus;
        private Instant noticeEndsAt;
        private BigDecimal bestBid;

        private Builder(String title) {
            this.title = title;
        }

        /** Text parts in order; blank ones are left out. */
        public Builder text(Object... parts) {
            for (Object part : parts) {
                if (part instanceof Collection<?> many) {
                    many.forEach(this::text);
                } else if (part != null && !part.toString().isBlank()) {
                    text.add(part.toString());
                }
            }
            return this;
        }

        /** The record's own industry, which is also one it is about. */
        public Builder industry(Industry industry) {
            this.industry = industry;
            return about(industry == null ? List.of() : List.of(industry));
        }

        public Builder about(Collection<Industry> industries) {
            this.industries.addAll(industries);
            return this;
        }

        public Builder maturity(MaturityStage maturity, MaturityStage minMaturity) {
            this.maturity = maturity;
            this.minMaturity = minMaturity;
            return this;
        }

        public Builder terms(List<TransferMode> transferModes, BigDecimal price, BigDecimal budgetMin) {
            this.transferModes = transferModes;
            this.price = price;
            this.budgetMin = budgetMin;
            return this;
        }

        public Builder available(boolean available) {
            this.available = available;
            return this;
        }

        public Builder amounts(BigDecimal amountMin, BigDecimal amountMax) {
            this.amountMin = amountMin;
            this.amountMax = amountMax;
            return this;
        }

        public Builder classified(String category, String subcategory, String valueBand) {
            this.category = category;
            this.subcategory = subcategory;
            this.valueBand = valueBand;
            return this;
        }

        /** Where an achievement stands on the market: its latest listing's status, notice end and best bid. */
        public Builder trade(String tradeStatus, Instant noticeEndsAt, BigDecimal bestBid) {
            this.tradeStatus = tradeStatus;
            this.noticeEndsAt = noticeEndsAt;
            this.bestBid = bestBid;
            return this;
        }

        public SearchEntry publishedAt(Instant publishedAt) {
            return new SearchEntry(title, String.join("\n", text), industry, List.copyOf(industries), maturity, minMaturity, transferModes,
                    price, budgetMin, available, amountMin, amountMax, category, subcategory, valueBand, publishedAt, tradeStatus, noticeEndsAt,
                    bestBid);
        }
    }
}
