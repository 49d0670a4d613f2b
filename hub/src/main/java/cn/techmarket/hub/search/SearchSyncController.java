package cn.techmarket.hub.search;

import cn.techmarket.hub.registry.RegisteredTenant;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class SearchSyncController {

    private final ChangeFeedSync sync;

    SearchSyncController(ChangeFeedSync sync) {
        this.sync = sync;
    }

    @SchemaMapping(typeName = "Tenant")
    SyncState searchSync(RegisteredTenant tenant) {
        return sync.state(tenant.id()).orElse(SyncState.start(tenant.id()));
    }
}
