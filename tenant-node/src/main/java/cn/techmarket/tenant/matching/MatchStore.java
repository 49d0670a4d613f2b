package cn.techmarket.tenant.matching;

import cn.techmarket.tenant.documents.WorkflowDocuments;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.HostedTenants;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** A tenant's matches and meeting requests, in its own database; their indexes are made at startup. */
@Component
class MatchStore implements ApplicationRunner {

    private final HostedTenants tenants;

    private final WorkflowDocuments<Match> matches = new WorkflowDocuments<>("matches", Match.class, Match.TYPE_NAME);
    private final WorkflowDocuments<MeetingRequest> meetings = new WorkflowDocuments<>("meetingRequests", MeetingRequest.class, MeetingRequest.TYPE_NAME);

    MatchStore(HostedTenants tenants) {
        this.tenants = tenants;
    }

    @Override
    public void run(ApplicationArguments args) {
        tenants.all().forEach(this::ensureIndexes);
    }

    WorkflowDocuments<Match> documents() {
        return matches;
    }

    WorkflowDocuments<MeetingRequest> meetings() {
        return meetings;
    }

    /** Indexes for the partner city's view, a demand's matches, a broker's and the yearly statistics. */
    private void ensureIndexes(HostedTenant tenant) {
        var matchIndexes = tenant.mongo().indexOps(matches.collection());
        matchIndexes.createIndex(new Index().on("candidateTenantId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
        matchIndexes.createIndex(new Index().on("demandId", Sort.Direction.ASC));
        matchIndexes.createIndex(new Index().on("history.at", Sort.Direction.ASC));
        matchIndexes.createIndex(new Index().on("broker.memberId", Sort.Direction.ASC).sparse());
        var meetingIndexes = tenant.mongo().indexOps(meetings.collection());
        meetingIndexes.createIndex(new Index().on("expertTenantId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
        meetingIndexes.createIndex(new Index().on("demandId", Sort.Direction.ASC));
    }
}
