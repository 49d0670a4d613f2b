package cn.techmarket.tenant.serviceinstitution;

import cn.techmarket.model.record.ServiceInstitution;
import cn.techmarket.tenant.tenancy.Author;
import cn.techmarket.tenant.library.Library;
import cn.techmarket.tenant.library.LibraryFilter;
import cn.techmarket.tenant.library.LibraryStore;
import cn.techmarket.tenant.library.LibraryWriter;
import cn.techmarket.tenant.library.NewIds;
import cn.techmarket.tenant.tenancy.HostedTenant;
import jakarta.validation.Valid;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@Controller
class ServiceInstitutionController {

    record ServiceInstitutionFilter(ServiceInstitution.ServiceType type) implements LibraryFilter {
        @Override
        public List<Criteria> criteria() {
            return type == null ? List.of() : List.of(where("type").is(type.name()));
        }
    }

    private final LibraryStore store;
    private final LibraryWriter writer;

    ServiceInstitutionController(LibraryStore store, LibraryWriter writer) {
        this.store = store;
        this.writer = writer;
    }

    @QueryMapping
    Window<ServiceInstitution> serviceInstitutions(@ContextValue HostedTenant tenant, @Argument ServiceInstitutionFilter filter,
                                                       ScrollSubrange subrange) {
        return store.published(tenant, Library.SERVICE_INSTITUTIONS, filter, subrange);
    }

    @MutationMapping
    ServiceInstitution createServiceInstitution(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                  @ContextValue(name = NewIds.CONTEXT_KEY) NewIds ids,
                                                    @Argument @Valid ServiceInstitutionInput input) {
        return writer.create(tenant, Library.SERVICE_INSTITUTIONS, ids.next(), author, input::toRecord);
    }

    @MutationMapping
    ServiceInstitution updateServiceInstitution(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                                    @Argument String id, @Argument long expectedVersion,
                                                    @Argument @Valid ServiceInstitutionInput input) {
        return writer.updateByGlobalId(tenant, Library.SERVICE_INSTITUTIONS, id, expectedVersion, author, input::toRecord);
    }
}
