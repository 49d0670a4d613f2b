package cn.techmarket.tenant.challenge;

/** The three lists of Jilin's 2024 plan (揭榜挂帅): who sets the problem. */
public enum ChallengeType {
    /** 政府重大科技项目榜单. */
    GOVERNMENT_PROJECT("政府重大科技项目"),
    /** 企业技术需求榜单: nominated from a published demand by its owner (企业出题). */
    ENTERPRISE_DEMAND("企业技术需求"),
    /** 高校院所成果转化榜单. */
    INSTITUTE_TRANSFORMATION("高校院所成果转化");

    private final String label;

    ChallengeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
