package cn.techmarket.tenant.audit;

import cn.techmarket.tenant.library.LibraryIds;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** The audit trail, for the tenant's operators and province staff (the schema's {@code @access}). */
@Controller
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @QueryMapping
    Window<AuditEntry> auditTrail(@ContextValue HostedTenant tenant, @Argument String recordId, ScrollSubrange subrange) {
        // a malformed id is refused by name; a well-formed one of another tenant simply has no entries
        String id = recordId == null ? null : LibraryIds.decode("recordId", recordId).encode();
        return trail.page(tenant, id, subrange);
    }
}
