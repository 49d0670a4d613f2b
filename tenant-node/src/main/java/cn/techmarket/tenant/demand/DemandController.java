package cn.techmarket.tenant.demand;

import cn.techmarket.model.record.Demand;
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

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@Controller
class DemandController {

    record DemandFilter(Industry industry) implements LibraryFilter {
        @Override
        public List<Criteria> criteria() {
            return industry == null ? List.of() : List.of(where("industry").is(industry.name()));
        }
    }

    private final LibraryStore store;
    private final LibraryWriter writer;

    DemandController(LibraryStore store, LibraryWriter writer) {
        this.store = store;
        this.writer = writer;
    }

    @QueryMapping
    Window<Demand> demands(@ContextValue HostedTenant tenant, @Argument DemandFilter filter, ScrollSubrange subrange) {
        return store.published(tenant, Library.DEMANDS, filter, subrange);
    }

    @MutationMapping
    Demand createDemand(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                  @ContextValue(name = NewIds.CONTEXT_KEY) NewIds ids,
                        @Argument @Valid DemandInput input) {
        return writer.create(tenant, Library.DEMANDS, ids.next(), author, input::toRecord);
    }

    @MutationMapping
    Demand updateDemand(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                        @Argument String id, @Argument long expectedVersion, @Argument @Valid DemandInput input) {
        return writer.updateByGlobalId(tenant, Library.DEMANDS, id, expectedVersion, author, input::toRecord);
    }
}
