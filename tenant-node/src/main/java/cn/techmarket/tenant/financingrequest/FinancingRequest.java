package cn.techmarket.tenant.financingrequest;

import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.record.Industry;
import cn.techmarket.tenant.financing.FinancingInstitution;
import cn.techmarket.tenant.financing.FinancingProduct;
import cn.techmarket.tenant.documents.WorkflowDocuments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An enterprise's financing request (融资需求), kept by the enterprise's sub-market and sent to
 * financing institutions of any city, each of which answers on its own track.
 *
 * @param enterprise          the enterprise member (global id) that needs the money
 * @param pledgedAchievements the enterprise's own achievements (global ids) whose patents it pledges (知识产权质押)
 * @param achievementId       the achievement (global id) the money is for, if any
 * @param demandId            the enterprise's demand (global id) the money is for, if any
 */
public record FinancingRequest(String id, String tenantId, long version, String enterprise, String enterpriseName, String title,
                               BigDecimal amount, String purpose, int termMonths, FinancingProduct.EnterpriseStage stage, Industry industry,
                               List<Collateral> collateral, String collateralNote, List<String> pledgedAchievements, String achievementId,
                               String demandId, Status status, String statusReason, List<Track> tracks, List<Transition> history,
                               Instant createdAt, String createdBy, Instant updatedAt) implements WorkflowDocuments.Versioned {

    public static final String TYPE_NAME = "FinancingRequest";

    /** open (对接中) → funded (已融资), when an institution disburses; open → withdrawn (已撤回). */
    public enum Status {
        OPEN("对接中"), FUNDED("已融资"), WITHDRAWN("已撤回");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What secures the money. */
    public enum Collateral {
        IP_PLEDGE("知识产权质押"), CREDIT("信用"), GUARANTEE("第三方担保"), REAL_ESTATE("不动产抵押"), EQUIPMENT("设备抵押"),
        RECEIVABLES("应收账款质押"), EQUITY_PLEDGE("股权质押");

        private final String label;

        Collateral(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * An institution's answer, step by step: sent (已推送) → interested (有意向) → due diligence
     * (尽职调查) → approved (已审批) → disbursed (已放款); declined (已婉拒) from any step before approval.
     */
    public enum TrackStatus {
        SENT("已推送"), INTERESTED("有意向"), DUE_DILIGENCE("尽职调查"), APPROVED("已审批"), DECLINED("已婉拒"), DISBURSED("已放款");

        private final String label;

        TrackStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        boolean answersLeft() {
            return this == SENT || this == INTERESTED || this == DUE_DILIGENCE || this == APPROVED;
        }
    }

    /** What an institution approved: 批复额度、年利率、期限. */
    public record Terms(BigDecimal amount, BigDecimal ratePercent, int termMonths) {
    }

    public record Disbursement(BigDecimal amount, LocalDate on) {
    }

    public record Step(Instant at, String actor, TrackStatus from, TrackStatus to, String reason) {
    }

    /**
     * One institution's track.
     *
     * @param institution       the financing institution's record (global id, any city)
     * @param institutionMember the member (global id) whose people answer for it
     */
    public record Track(String institution, String institutionTenantId, String institutionName, FinancingInstitution.InstitutionType institutionType,
                        String institutionMember, TrackStatus status, Terms approved, String declineReason, Disbursement disbursement,
                        List<Step> steps, Instant sentAt, Instant updatedAt) {

        Track moved(TrackStatus target, String actor, Instant at, String reason, Terms approved, Disbursement disbursement) {
            List<Step> next = new ArrayList<>(steps);
            next.add(new Step(at, actor, status, target, reason));
            return new Track(institution, institutionTenantId, institutionName, institutionType, institutionMember, target,
                    approved != null ? approved : this.approved, target == TrackStatus.DECLINED ? reason : declineReason,
                    disbursement != null ? disbursement : this.disbursement, List.copyOf(next), sentAt, at);
        }
    }

    public record Transition(Instant at, String actor, Status from, Status to, String reason) {
    }

    public String globalId() {
        return new TypedId(tenantId, TYPE_NAME, id).encode();
    }

    Optional<Track> trackOf(String institutionId) {
        return tracks.stream().filter(track -> track.institution().equals(institutionId)).findFirst();
    }

    /** What has been disbursed, over every track. */
    public BigDecimal funded() {
        return tracks.stream().filter(track -> track.disbursement() != null).map(track -> track.disbursement().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    FinancingRequest moved(Status target, String actor, Instant at, String reason) {
        List<Transition> transitions = new ArrayList<>(history);
        transitions.add(new Transition(at, actor, status, target, reason));
        return new FinancingRequest(id, tenantId, version + 1, enterprise, enterpriseName, title, amount, purpose, termMonths, stage, industry,
                collateral, collateralNote, pledgedAchievements, achievementId, demandId, target, reason, tracks, List.copyOf(transitions),
                createdAt, createdBy, at);
    }

    FinancingRequest withTracks(UnaryOperator<List<Track>> change, Instant at) {
        return new FinancingRequest(id, tenantId, version + 1, enterprise, enterpriseName, title, amount, purpose, termMonths, stage, industry,
                collateral, collateralNote, pledgedAchievements, achievementId, demandId, status, statusReason,
                List.copyOf(change.apply(new ArrayList<>(tracks))), history, createdAt, createdBy, at);
    }
}
