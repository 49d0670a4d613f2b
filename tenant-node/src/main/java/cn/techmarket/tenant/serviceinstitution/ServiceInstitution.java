package cn.techmarket.tenant.serviceinstitution;

import cn.techmarket.model.record.Industry;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.library.Contact;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.library.RecordMeta;

import java.util.List;

/** A technology transfer service institution (技术转移服务机构). */
public record ServiceInstitution(
        String id,
        RecordMeta meta,
        String name,
        ServiceType type,
        String description,
        List<String> services,
        List<Industry> industries,
        String qualification,
        Contact contact) implements LibraryRecord {

    public enum ServiceType {
        TECH_TRANSFER("技术转移"), LEGAL("法律服务"), PATENT_AGENCY("专利代理"), EVALUATION("评估评价"), TESTING("检验检测");

        private final String label;

        ServiceType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Override
    public RecordKind kind() {
        return RecordKind.SERVICE_INSTITUTION;
    }

    @Override
    public ServiceInstitution withMeta(RecordMeta meta) {
        return new ServiceInstitution(id, meta, name, type, description, services, industries, qualification, contact);
    }
}
