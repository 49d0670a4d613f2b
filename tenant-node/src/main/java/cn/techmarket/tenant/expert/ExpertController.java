package cn.techmarket.tenant.expert;

import cn.techmarket.model.record.Expert;
import cn.techmarket.model.record.Industry;
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

import java.util.ArrayList;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@Controller
class ExpertController {

    record ExpertFilter(Industry field, Boolean availableForConsulting) implements LibraryFilter {
        @Override
        public List<Criteria> criteria() {
            List<Criteria> criteria = new ArrayList<>();
            if (field != null) {
                criteria.add(where("fields").is(field.name()));
            }
            if (availableForConsulting != null) {
                criteria.add(where("availableForConsulting").is(availableForConsulting));
            }
            return criteria;
        }
    }

    private final LibraryStore store;
    private final LibraryWriter writer;

    ExpertController(LibraryStore store, LibraryWriter writer) {
        this.store = store;
        this.writer = writer;
    }

    @QueryMapping
    Window<Expert> experts(@ContextValue HostedTenant tenant, @Argument ExpertFilter filter, ScrollSubrange subrange) {
        return store.published(tenant, Library.EXPERTS, filter, subrange);
    }

    @MutationMapping
    Expert createExpert(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                  @ContextValue(name = NewIds.CONTEXT_KEY) NewIds ids,
                        @Argument @Valid ExpertInput input) {
        return writer.create(tenant, Library.EXPERTS, ids.next(), author, input::toRecord);
    }

    @MutationMapping
    Expert updateExpert(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                        @Argument String id, @Argument long expectedVersion, @Argument @Valid ExpertInput input) {
        return writer.updateByGlobalId(tenant, Library.EXPERTS, id, expectedVersion, author, input::toRecord);
    }
}
