package cn.techmarket.tenant.evaluation;

import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.record.MaturityStage;
import cn.techmarket.tenant.documents.WorkflowDocuments;
import cn.techmarket.tenant.member.Member;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An evaluation of an achievement (成果评价), from the owner's request to the institution's report.
 *
 * @param requester   the member (global id) that owns the achievement and asked
 * @param institution the evaluation institution's record (global id, any city)
 * @param institutionMember the member (global id) whose people act for the institution
 */
public record Evaluation(String id, String tenantId, long version, String achievementId, String achievementTitle, String requester,
                         String requesterName, String institution, String institutionTenantId, String institutionName, String institutionMember,
                         String purpose, Status status, String statusReason, Report report, List<Transition> history, Instant createdAt,
                         String createdBy, Instant updatedAt) implements WorkflowDocuments.Versioned {

    public static final String TYPE_NAME = "Evaluation";

    /** requested (待受理) → accepted (评价中) | declined (不予受理); accepted → reported (已出具报告); requested or accepted → withdrawn (已撤回). */
    public enum Status {
        REQUESTED("待受理"), ACCEPTED("评价中"), DECLINED("不予受理"), REPORTED("已出具报告"), WITHDRAWN("已撤回");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 收益法 / 成本法 / 市场法 / 专家评议. */
    public enum Method {
        INCOME("收益法"), COST("成本法"), MARKET("市场法"), EXPERT_REVIEW("专家评议");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param readiness technology readiness level (技术就绪度), 1 to 9
     */
    public record Report(Method method, BigDecimal valueLow, BigDecimal valueHigh, int readiness, MaturityStage maturity, String findings,
                         Member.Attachment file, Instant filedAt, String filedBy) {
    }

    public record Transition(Instant at, String actor, Status from, Status to, String reason) {
    }

    public String globalId() {
        return new TypedId(tenantId, TYPE_NAME, id).encode();
    }

    Evaluation moved(Status target, String actor, Instant at, String reason, Report report) {
        List<Transition> transitions = new ArrayList<>(history);
        transitions.add(new Transition(at, actor, status, target, reason));
        return new Evaluation(id, tenantId, version + 1, achievementId, achievementTitle, requester, requesterName, institution, institutionTenantId,
                institutionName, institutionMember, purpose, target, reason, report != null ? report : this.report, List.copyOf(transitions),
                createdAt, createdBy, at);
    }
}
