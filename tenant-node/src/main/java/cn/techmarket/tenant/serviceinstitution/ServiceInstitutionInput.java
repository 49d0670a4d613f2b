package cn.techmarket.tenant.serviceinstitution;

import cn.techmarket.model.record.Industry;
import cn.techmarket.tenant.library.ContactInput;
import cn.techmarket.tenant.library.RecordInput;
import cn.techmarket.tenant.library.RecordMeta;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

import static cn.techmarket.tenant.library.Inputs.orEmpty;

record ServiceInstitutionInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull ServiceInstitution.ServiceType type,
        @Size(max = 5000) String description,
        @Size(max = 30) List<@NotBlank @Size(max = 100) String> services,
        @Size(max = 14) List<@NotNull Industry> industries,
        @Size(max = 200) String qualification,
        @Valid ContactInput contact) implements RecordInput<ServiceInstitution> {

    @Override
    public ServiceInstitution toRecord(String id, RecordMeta meta) {
        return new ServiceInstitution(id, meta, name.strip(), type, description, orEmpty(services), orEmpty(industries),
                qualification, ContactInput.toContact(contact));
    }
}
