package cn.techmarket.tenant.matching;

import cn.techmarket.graphql.errors.CalendarYears;
import cn.techmarket.model.member.MemberKind;
import cn.techmarket.tenant.contract.LinkedContracts;
import cn.techmarket.tenant.member.Member;
import cn.techmarket.tenant.member.Members;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Brokers' yearly records at this sub-market, one broker's or all of them ranked by turnover. */
@Component
class BrokerRecords {

    private final MatchStore store;
    private final LinkedContracts contracts;
    private final Members members;

    BrokerRecords(MatchStore store, LinkedContracts contracts, Members members) {
        this.store = store;
        this.contracts = contracts;
        this.members = members;
    }

    /** The broker's year; null for a member who is not a broker. */
    BrokerPerformance of(HostedTenant tenant, Member broker, int year) {
        CalendarYears.require("year", year);
        if (broker.kind() != MemberKind.BROKER || broker.broker() == null) {
            return null;
        }
        List<Match> matches;
        try (var stream = store.documents().stream(tenant, where("broker.memberId").is(broker.globalId()))) {
            matches = stream.toList();
        }
        List<String> ids = matches.stream().map(Match::globalId).toList();
        return BrokerPerformance.of(broker, year, matches, ids.isEmpty() ? List.of() : contracts.registeredLinking(tenant, ids));
    }

    /** Every verified broker's year, the largest turnover first, then the most signed. */
    List<BrokerPerformance> ranking(HostedTenant tenant, int year) {
        CalendarYears.require("year", year);
        return members.verified(tenant, MemberKind.BROKER).stream().map(broker -> of(tenant, broker, year))
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(BrokerPerformance::turnover).thenComparingInt(BrokerPerformance::signed).reversed()
                        .thenComparing(BrokerPerformance::name))
                .toList();
    }
}
