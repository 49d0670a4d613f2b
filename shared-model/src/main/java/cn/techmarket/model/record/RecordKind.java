package cn.techmarket.model.record;

/** The kinds of record in a sub-market's resource library (资源库), with their GraphQL type names. */
public enum RecordKind {
    ACHIEVEMENT("Achievement", "科技成果"),
    DEMAND("Demand", "技术需求"),
    EXPERT("Expert", "专家"),
    FINANCING_INSTITUTION("FinancingInstitution", "金融机构"),
    SERVICE_INSTITUTION("ServiceInstitution", "技术转移服务机构"),
    INSTRUMENT("Instrument", "大型科研仪器"),
    POLICY("Policy", "政策文件"),
    CHALLENGE("Challenge", "揭榜挂帅榜单");

    private final String typeName;
    private final String label;

    RecordKind(String typeName, String label) {
        this.typeName = typeName;
        this.label = label;
    }

    public String typeName() {
        return typeName;
    }

    public String label() {
        return label;
    }

    public static RecordKind ofTypeName(String typeName) {
        for (RecordKind kind : values()) {
            if (kind.typeName.equals(typeName)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown record type " + typeName);
    }
}
