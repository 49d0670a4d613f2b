package cn.techmarket.tenant.achievement;

import cn.techmarket.model.record.Achievement;
import cn.techmarket.model.record.Industry;
import cn.techmarket.model.record.MaturityStage;
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
class AchievementController {

    record AchievementFilter(Industry industry, MaturityStage maturity) implements LibraryFilter {
        @Override
        public List<Criteria> criteria() {
            List<Criteria> criteria = new ArrayList<>();
            if (industry != null) {
                criteria.add(where("industry").is(industry.name()));
            }
            if (maturity != null) {
                criteria.add(where("maturity").is(maturity.name()));
            }
            return criteria;
        }
    }

    private final LibraryStore store;
    private final LibraryWriter writer;

    AchievementController(LibraryStore store, LibraryWriter writer) {
        this.store = store;
        this.writer = writer;
    }

    @QueryMapping
    Window<Achievement> achievements(@ContextValue HostedTenant tenant, @Argument AchievementFilter filter, ScrollSubrange subrange) {
        return store.published(tenant, Library.ACHIEVEMENTS, filter, subrange);
    }

    @MutationMapping
    Achievement createAchievement(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                  @ContextValue(name = NewIds.CONTEXT_KEY) NewIds ids,
                                  @Argument @Valid AchievementInput input) {
        return writer.create(tenant, Library.ACHIEVEMENTS, ids.next(), author, input::toRecord);
    }

    @MutationMapping
    Achievement updateAchievement(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                  @Argument String id, @Argument long expectedVersion, @Argument @Valid AchievementInput input) {
        return writer.updateByGlobalId(tenant, Library.ACHIEVEMENTS, id, expectedVersion, author, input::toRecord);
    }
}
