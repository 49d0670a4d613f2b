package cn.techmarket.tenant.member;

import cn.techmarket.model.member.MemberKind;
import cn.techmarket.model.member.MembershipStatus;
import cn.techmarket.tenant.documents.WorkflowDocuments;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.HostedTenants;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A tenant's members and applications, in its own database. The code is unique per sub-market
 * (one membership per organisation or person); the people who act for a member are indexed, so
 * that a person finds their memberships at once.
 */
@Component
class MemberStore implements ApplicationRunner {

    private final HostedTenants tenants;
    private final WorkflowDocuments<Member> members = new WorkflowDocuments<>("members", Member.class, Member.TYPE_NAME);

    record Filter(MembershipStatus status, MemberKind kind) {
    }

    MemberStore(HostedTenants tenants) {
        this.tenants = tenants;
    }

    @Override
    public void run(ApplicationArguments args) {
        tenants.all().forEach(this::ensureIndexes);
    }

    void ensureIndexes(HostedTenant tenant) {
        var indexes = tenant.mongo().indexOps(members.collection());
        indexes.createIndex(new Index().on("creditCode", Sort.Direction.ASC).unique());
        indexes.createIndex(new Index().on("users.subject", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
    }

    WorkflowDocuments<Member> documents() {
        return members;
    }

    Optional<Member> byCode(HostedTenant tenant, String creditCode) {
        return Optional.ofNullable(tenant.mongo().findOne(new Query(where("creditCode").is(creditCode)), Member.class, members.collection()));
    }

    Optional<Member> byLocalId(HostedTenant tenant, String id) {
        return Optional.ofNullable(tenant.mongo().findById(id, Member.class, members.collection()));
    }

    /** Every membership the person acts for or applied for here, newest first. */
    List<Member> of(HostedTenant tenant, String subject) {
        return tenant.mongo().find(new Query(where("users.subject").is(subject)).with(Sort.by(Sort.Order.desc("createdAt"))),
                Member.class, members.collection());
    }

    Window<Member> page(HostedTenant tenant, Filter filter, ScrollSubrange subrange) {
        List<Criteria> criteria = new ArrayList<>();
        if (filter != null && filter.status() != null) {
            criteria.add(where("status").is(filter.status().name()));
        }
        if (filter != null && filter.kind() != null) {
            criteria.add(where("kind").is(filter.kind().name()));
        }
        return members.page(tenant, criteria.isEmpty() ? new Criteria() : new Criteria().andOperator(criteria), subrange);
    }

    long countVerified(HostedTenant tenant, MemberKind kind) {
        return tenant.mongo().count(verified(kind), members.collection());
    }

    List<Member> allVerified(HostedTenant tenant, MemberKind kind) {
        return tenant.mongo().find(verified(kind), Member.class, members.collection());
    }

    private static Query verified(MemberKind kind) {
        return new Query(where("status").is(MembershipStatus.VERIFIED.name()).and("kind").is(kind.name()));
    }

    long count(HostedTenant tenant) {
        return tenant.mongo().count(new Query(), members.collection());
    }
}
