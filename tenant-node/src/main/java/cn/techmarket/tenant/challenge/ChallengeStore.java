package cn.techmarket.tenant.challenge;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.id.GlobalId;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.documents.StaleVersionException;
import cn.techmarket.tenant.library.LibraryIds;
import cn.techmarket.tenant.library.LibraryWriter;
import cn.techmarket.tenant.library.Lifecycle;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;

import java.util.function.UnaryOperator;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Reading a list by the id a client sent, and moving it on: each step one write of the list, at the version the caller saw. */
@Component
class ChallengeStore {

    private final LibraryWriter writer;

    ChallengeStore(LibraryWriter writer) {
        this.writer = writer;
    }

    /** A published list of this market, for anyone who may act on it. */
    Challenge published(HostedTenant tenant, String field, String globalId) {
        Challenge challenge = find(tenant, field, globalId);
        if (challenge.meta().lifecycle() != Lifecycle.PUBLISHED) {
            throw new RecordNotFoundException(field);
        }
        return challenge;
    }

    Challenge find(HostedTenant tenant, String field, String globalId) {
        GlobalId id = LibraryIds.decode(field, globalId);
        if (!id.tenantId().equals(tenant.id()) || id.kind() != ChallengeKind.LIBRARY.kind()) {
            throw new RecordNotFoundException(field);
        }
        Challenge challenge = tenant.mongo().findById(id.localId(), Challenge.class, ChallengeKind.LIBRARY.collection());
        if (challenge == null || challenge.meta().lifecycle() == Lifecycle.DELETED) {
            throw new RecordNotFoundException(field);
        }
        return challenge;
    }

    /** The published lists in the stage, oldest first (at most 200). */
    List<Challenge> inStage(HostedTenant tenant, ChallengeStage stage) {
        Query query = new Query(where("stage").is(stage.name()).and("meta.lifecycle").is(Lifecycle.PUBLISHED.name())).with(Sort.by("_id")).limit(200);
        return tenant.mongo().find(query, Challenge.class, ChallengeKind.LIBRARY.collection());
    }

    /** The list at the version the operators saw, for a step only they take. */
    Challenge forOperators(HostedTenant tenant, Caller caller, String globalId, long expectedVersion) {
        requireOperator(tenant, caller);
        return atVersion(published(tenant, "id", globalId), expectedVersion);
    }

    /** The list, when it is still at the version the caller saw. */
    static Challenge atVersion(Challenge challenge, long expectedVersion) {
        if (challenge.meta().version() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, challenge.meta().version());
        }
        return challenge;
    }

    Challenge save(HostedTenant tenant, Challenge current, String author, UnaryOperator<Challenge> change) {
        return writer.update(tenant, ChallengeKind.LIBRARY, current, author, (id, meta) -> change.apply(current).withMeta(meta));
    }

    static void requireStage(Challenge challenge, ChallengeStage... allowed) {
        if (!java.util.Arrays.asList(allowed).contains(challenge.stage())) {
            throw BadInputException.illegalTransition("id", "the list is " + challenge.stage().label() + " (" + challenge.stage() + ")");
        }
    }

    static void requireOperator(HostedTenant tenant, Caller caller) {
        if (!caller.operates(tenant.id())) {
            throw new RecordNotFoundException("id");
        }
    }
}
