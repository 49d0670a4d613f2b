package cn.techmarket.tenant.support;

import cn.techmarket.model.record.RecordKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A valid input for every kind of record, as a client would send it. */
public final class SampleInputs {

    private SampleInputs() {
    }

    public static Map<String, Object> valid(RecordKind kind) {
        return new HashMap<>(switch (kind) {
            case ACHIEVEMENT -> Map.of(
                    "title", "大丝束碳纤维原丝制备技术",
                    "summary", "吉林化纤与吉林大学合作开发的大丝束碳纤维原丝稳定化工艺，已完成中试。",
                    "industry", "CARBON_FIBER",
                    "keywords", List.of("碳纤维", "原丝", "大丝束"),
                    "maturity", "PILOT",
                    "patents", List.of(Map.of("number", "ZL202010123456.7", "type", "INVENTION", "status", "GRANTED")),
                    "ownerInstitution", "吉林大学",
                    "transferModes", List.of("LICENSE", "JOINT_DEVELOPMENT"),
                    "askingPrice", "1500000.00",
                    "contact", Map.of("name", "王伟", "phone", "0431-85168888", "email", "tt@jlu.edu.cn"));
            case DEMAND -> Map.of(
                    "title", "寻求动力电池低温热管理技术",
                    "problem", "新能源商用车冬季续航衰减严重，需要低温快速预热方案。",
                    "industry", "AUTOMOTIVE",
                    "budgetMin", "300000",
                    "budgetMax", "800000.00",
                    "deadline", "2026-12-31",
                    "enterpriseName", "长春某汽车零部件有限公司",
                    "enterpriseIntro", "为一汽配套的热管理系统供应商，年产值约五亿元。");
            case EXPERT -> Map.of(
                    "name", "李敏",
                    "institution", "中国科学院长春应用化学研究所",
                    "title", "研究员",
                    "fields", List.of("CHEMICAL_NEW_MATERIALS"),
                    "bio", "长期从事聚乳酸生物降解材料研究。",
                    "availableForConsulting", true);
            case FINANCING_INSTITUTION -> Map.of(
                    "name", "吉林银行长春科技支行",
                    "type", "BANK",
                    "products", List.of(Map.of("name", "知识产权质押贷", "type", "LOAN", "amountMin", "100000", "amountMax", "10000000",
                            "rateMin", "3.45", "rateMax", "4.50", "termMonths", 36, "targetIndustries", List.of("OPTOELECTRONICS"),
                            "enterpriseStages", List.of("STARTUP", "GROWTH"))));
            case SERVICE_INSTITUTION -> Map.of(
                    "name", "长春知识产权服务中心",
                    "type", "PATENT_AGENCY",
                    "services", List.of("专利申请", "专利导航"),
                    "industries", List.of("ADVANCED_EQUIPMENT"),
                    "qualification", "国家知识产权服务品牌机构");
        });
    }

    /** The valid input with one field replaced (or removed, when value is null). */
    public static Map<String, Object> with(RecordKind kind, String field, Object value) {
        Map<String, Object> input = valid(kind);
        if (value == null) {
            input.remove(field);
        } else {
            input.put(field, value);
        }
        return input;
    }
}
