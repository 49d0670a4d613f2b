package cn.techmarket.tenant.support;

import cn.techmarket.model.contract.PartyCodes;
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
            case INSTRUMENT -> Map.ofEntries(
                    Map.entry("name", "场发射扫描电子显微镜"),
                    Map.entry("model", "SU8010"),
                    Map.entry("manufacturer", "日立"),
                    Map.entry("country", "日本"),
                    Map.entry("instrumentClass", "ELECTRON_MICROSCOPE"),
                    Map.entry("originalValue", "3200000.00"),
                    Map.entry("purchaseDate", "2019-09-20"),
                    Map.entry("managingUnit", "吉林大学"),
                    Map.entry("location", "长春市前进大街2699号 吉林大学分析测试中心"),
                    Map.entry("status", "IN_SERVICE"),
                    Map.entry("mainFunctions", "材料表面形貌观察与微区成分分析"),
                    Map.entry("operation", "STAFF_ONLY"),
                    Map.entry("fees", List.of(Map.of("item", "机时费", "unit", "HOUR", "internalRate", "300.00", "externalRate", "500.00"))),
                    Map.entry("openingHours", List.of(
                            Map.of("day", "MONDAY", "opens", "08:30", "closes", "17:00"),
                            Map.of("day", "WEDNESDAY", "opens", "08:30", "closes", "17:00"))),
                    Map.entry("sharingRules", "吉林大学大型仪器设备开放共享管理办法"));
            case POLICY -> Map.ofEntries(
                    Map.entry("title", "长春市促进科技成果转化实施办法"),
                    Map.entry("issuer", "长春市人民政府办公厅"),
                    Map.entry("documentNumber", "长府办发〔2024〕12号"),
                    Map.entry("level", "CITY"),
                    Map.entry("type", "TRANSFER"),
                    Map.entry("issuedOn", "2024-03-01"),
                    Map.entry("effectiveFrom", "2024-04-01"),
                    Map.entry("effectiveUntil", "2029-03-31"),
                    Map.entry("regions", List.of("长春市")),
                    Map.entry("industries", List.of("AUTOMOTIVE", "OPTOELECTRONICS")),
                    Map.entry("summary", "企业购买科技成果并在本地转化的，按技术交易额给予后补助。"),
                    Map.entry("sourceUrl", "https://kjj.changchun.gov.cn/zcfg/202403/t20240301_1.html"),
                    Map.entry("subsidyRules", List.of("enterprise-technology-purchase")));
            case CHALLENGE -> Map.ofEntries(
                    Map.entry("title", "车用氢燃料电池电堆关键技术攻关"),
                    Map.entry("type", "GOVERNMENT_PROJECT"),
                    Map.entry("industry", "NEW_ENERGY"),
                    Map.entry("problem", "车用燃料电池电堆低温冷启动慢、寿命短，制约氢能汽车在寒区推广。"),
                    Map.entry("indicators", List.of("-30℃无辅助冷启动", "耐久性≥15000小时")),
                    Map.entry("funding", "20000000.00"),
                    Map.entry("funder", "吉林省科学技术厅"),
                    Map.entry("deadline", java.time.Instant.now().plus(java.time.Duration.ofDays(60)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()),
                    Map.entry("eligibility", "在吉林省注册的企业、高校和科研院所，鼓励联合体申报"),
                    Map.entry("issuer", "吉林省科学技术厅"));
        });
    }

    /** A university licensing a technology to an enterprise: earns both default subsidy rules. */
    public static Map<String, Object> contract() {
        Map<String, Object> input = new HashMap<>();
        input.put("type", "LICENSE");
        input.put("title", "大丝束碳纤维原丝制备技术许可合同");
        input.put("seller", party("吉林大学", PartyCodes.withCheck("12220000MA0000001"), "UNIVERSITY"));
        input.put("buyer", party("吉林化纤股份有限公司", "91350100M000100Y43", "ENTERPRISE"));
        input.put("amount", "1200000.00");
        input.put("technologyIncome", "1000000.00");
        input.put("signedOn", "2026-03-18");
        input.put("attachments", List.of(Map.of("name", "合同扫描件.pdf", "mediaType", "application/pdf", "sizeBytes", 482113,
                "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")));
        return input;
    }

    private static final java.util.concurrent.atomic.AtomicInteger CODES = new java.util.concurrent.atomic.AtomicInteger();

    /** A unified social credit code with its check character, new in this run (the test database outlives a test class). */
    public static String newCreditCode() {
        return PartyCodes.withCheck(String.format("91220102MT%07d", next()));
    }

    /** A person's resident identity number (region, a birth date, a sequence number) with its check character, new in this run. */
    public static String newResidentId() {
        int n = next();
        return PartyCodes.residentIdWithCheck(String.format("220102198603%02d%03d", 1 + n % 28, (n / 28) % 1000));
    }

    private static int next() {
        return CODES.incrementAndGet() + (int) (System.nanoTime() % 1000) * 1000;
    }

    /** An enterprise applying for membership, with the given unified social credit code. */
    public static Map<String, Object> membership(String creditCode) {
        Map<String, Object> input = new HashMap<>();
        input.put("kind", "ENTERPRISE");
        input.put("name", "长春光电测控技术有限公司");
        input.put("creditCode", creditCode);
        input.put("regionCode", "220102");
        input.put("address", "长春市南关区卫星路2号");
        input.put("contact", Map.of("name", "赵敏", "phone", "0431-81234567", "email", "zhao@example.cn"));
        input.put("industries", List.of("OPTOELECTRONICS"));
        input.put("documents", List.of(Map.of("name", "营业执照.pdf", "mediaType", "application/pdf", "sizeBytes", 120334,
                "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")));
        return input;
    }

    public static Map<String, Object> party(String name, String creditCode, String kind) {
        return Map.of("name", name, "creditCode", creditCode, "kind", kind);
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
