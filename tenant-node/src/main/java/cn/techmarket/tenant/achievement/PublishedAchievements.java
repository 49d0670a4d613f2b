package cn.techmarket.tenant.achievement;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.id.MalformedIdException;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.library.LibraryStore;
import cn.techmarket.tenant.library.Lifecycle;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.stereotype.Component;

/** A published achievement of this market, by the id a client sent: what is listed and evaluated here. */
@Component
public class PublishedAchievements {

    private final LibraryStore library;

    PublishedAchievements(LibraryStore library) {
        this.library = library;
    }

    /** @throws BadInputException naming {@code field}: not an achievement's id, another city's, or none published here */
    public Achievement find(HostedTenant tenant, String field, String achievementId) {
        GlobalId id;
        try {
            id = GlobalId.decode(achievementId);
        } catch (MalformedIdException e) {
            throw new BadInputException(field, "is not the id of an achievement");
        }
        if (!id.tenantId().equals(tenant.id())) {
            throw new BadInputException(field, "an achievement is listed and evaluated at its own city's market, " + id.tenantId());
        }
        return library.find(tenant, id)
                .filter(record -> record instanceof Achievement && record.meta().lifecycle() == Lifecycle.PUBLISHED)
                .map(Achievement.class::cast)
                .orElseThrow(() -> new RecordNotFoundException(field));
    }
}
