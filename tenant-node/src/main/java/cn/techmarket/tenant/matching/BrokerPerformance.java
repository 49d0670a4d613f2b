package cn.techmarket.tenant.matching;

import cn.techmarket.model.matching.MatchStatus;
import cn.techmarket.model.member.BrokerLevel;
import cn.techmarket.tenant.contract.LinkedContracts;
import cn.techmarket.tenant.member.Member;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * A technology broker's record of one year (技术经纪人业绩) at this sub-market: the matches they
 * proposed, the steps those reached in the year, and the registered contracts that link them, with
 * their turnover (促成成交额), each counted in the year (Beijing time) it happened.
 */
record BrokerPerformance(String memberId, String tenantId, String name, String certificateNumber, BrokerLevel level, int year,
                         int proposed, int contacted, int signed, int contracts, BigDecimal turnover) {

    static BrokerPerformance of(Member broker, int year, Collection<Match> matches, Collection<LinkedContracts.Linked> contracts) {
        Instant from = MatchStatistics.startOf(year);
        Instant to = MatchStatistics.startOf(year + 1);
        List<Match.Transition> steps = matches.stream().flatMap(match -> match.history().stream())
                .filter(step -> !step.at().isBefore(from) && step.at().isBefore(to)).toList();
        List<LinkedContracts.Linked> registered = contracts.stream()
                .filter(contract -> contract.registeredYear() == year).toList();
        return new BrokerPerformance(broker.globalId(), broker.tenantId(), broker.name(), broker.broker().certificateNumber(),
                broker.broker().level(), year, count(steps, MatchStatus.PROPOSED), count(steps, MatchStatus.CONTACTED),
                count(steps, MatchStatus.SIGNED), registered.size(),
                registered.stream().map(LinkedContracts.Linked::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static int count(List<Match.Transition> steps, MatchStatus status) {
        return (int) steps.stream().filter(step -> step.to() == status).count();
    }
}
