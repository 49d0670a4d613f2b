package cn.techmarket.tenant.achievement;

/** A patent protecting an achievement. */
public record Patent(String number, PatentType type, PatentStatus status) {

    public enum PatentType {
        INVENTION("发明"), UTILITY_MODEL("实用新型"), DESIGN("外观设计");

        private final String label;

        PatentType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum PatentStatus {
        PENDING("申请中"), GRANTED("已授权"), EXPIRED("已失效");

        private final String label;

        PatentStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
