package cn.techmarket.tenant.member;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.model.member.MemberKind;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.library.ListingOwners;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;

import static cn.techmarket.model.member.MemberKind.BROKER;
import static cn.techmarket.model.member.MemberKind.ENTERPRISE;
import static cn.techmarket.model.member.MemberKind.FINANCING_INSTITUTION;
import static cn.techmarket.model.member.MemberKind.INSTITUTE;
import static cn.techmarket.model.member.MemberKind.RESEARCHER;
import static cn.techmarket.model.member.MemberKind.SERVICE_INSTITUTION;
import static cn.techmarket.model.member.MemberKind.UNIVERSITY;

/**
 * Which members publish which records: enterprises, universities, institutes and researchers
 * their achievements; enterprises, universities and institutes their demands; a researcher their
 * own expert profile; a service or financing institution its own institution profile; universities,
 * institutes and enterprises the instruments they manage. Only while
 * verified. A kind of record not named here is the sub-market's alone.
 */
@Component
class MemberOwners implements ListingOwners {

    private static final Map<RecordKind, Set<MemberKind>> MAY_PUBLISH = Map.of(
            RecordKind.ACHIEVEMENT, Set.of(ENTERPRISE, UNIVERSITY, INSTITUTE, RESEARCHER),
            RecordKind.DEMAND, Set.of(ENTERPRISE, UNIVERSITY, INSTITUTE),
            RecordKind.EXPERT, Set.of(RESEARCHER),
            RecordKind.SERVICE_INSTITUTION, Set.of(SERVICE_INSTITUTION),
            RecordKind.FINANCING_INSTITUTION, Set.of(FINANCING_INSTITUTION),
            RecordKind.INSTRUMENT, Set.of(UNIVERSITY, INSTITUTE, ENTERPRISE));

    private final Members members;

    MemberOwners(Members members) {
        this.members = members;
    }

    @Override
    public String requireOwner(HostedTenant tenant, String field, String memberId, String subject, RecordKind kind) {
        Member member = members.requireActive(tenant, field, memberId, subject);
        if (!MAY_PUBLISH.getOrDefault(kind, Set.of()).contains(member.kind())) {
            throw new BadInputException(field, "a member of kind " + member.kind().name().toLowerCase() + " (" + member.kind().label()
                    + ") does not publish " + kind.typeName() + " records" + (member.kind() == BROKER ? "; brokers propose matches" : ""));
        }
        return member.globalId();
    }

    @Override
    public Set<String> memberships(HostedTenant tenant, String subject) {
        return members.of(tenant, subject);
    }
}
