package cn.techmarket.tenant.financing;

import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.library.Contact;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.library.RecordMeta;

import java.util.List;

/** A financing institution (金融机构) and the products it offers to technology enterprises. */
public record FinancingInstitution(
        String id,
        RecordMeta meta,
        String name,
        InstitutionType type,
        String description,
        List<FinancingProduct> products,
        Contact contact) implements LibraryRecord {

    public enum InstitutionType {
        BANK("银行"), GUARANTEE("担保"), INSURANCE("保险"), VENTURE_CAPITAL("创业投资"), MICRO_LOAN("小额贷款");

        private final String label;

        InstitutionType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Override
    public RecordKind kind() {
        return RecordKind.FINANCING_INSTITUTION;
    }

    @Override
    public FinancingInstitution withMeta(RecordMeta meta) {
        return new FinancingInstitution(id, meta, name, type, description, products, contact);
    }
}
