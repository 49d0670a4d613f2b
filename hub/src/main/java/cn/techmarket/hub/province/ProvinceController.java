package cn.techmarket.hub.province;

import cn.techmarket.hub.federation.Deadline;
import cn.techmarket.hub.federation.Callers;
import cn.techmarket.hub.federation.FederatedResults;
import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.hub.federation.TenantAnswer;
import cn.techmarket.hub.federation.TenantGateway;
import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Map;

/**
 * Province-wide answers, fanned out to every sub-market and merged. Each field is answered later
 * ({@link Callable}, on Spring GraphQL's executor), so the fields of one request wait for the cities
 * side by side under the request's one deadline, not one after another.
 */
@Controller
class ProvinceController {

    /** The province as a whole; its fields do the work. */
    record Province() {
    }

    /** A count of one kind (of record, or of member) in one city. */
    record CityKindCount(String tenantId, String cityName, String kind, int count) {
    }

    /** What a city answers to the {@code libraryCounts} and {@code memberCounts} operations, per kind. */
    record Counted(String kind, int count) {
    }

    private final FanOut fanOut;
    private final TenantGateway gateway;
    private final MergedConnection merged;
    private final YearFigures figures;

    ProvinceController(FanOut fanOut, TenantGateway gateway, MergedConnection merged, YearFigures figures) {
        this.figures = figures;
        this.fanOut = fanOut;
        this.gateway = gateway;
        this.merged = merged;
    }

    @QueryMapping
    Province province() {
        return new Province();
    }

    @SchemaMapping(typeName = "Province")
    Callable<DataFetcherResult<ProvinceContractStatistics>> contractStatistics(DataFetchingEnvironment env, @Argument int year) {
        return () -> summed(env, "contractStatistics", ProvinceContractStatistics.ask(figures, year, Callers.of(env), Deadline.of(env), tenant -> true),
                cities -> ProvinceContractStatistics.sum(year, cities));
    }

    @SchemaMapping(typeName = "Province")
    Callable<DataFetcherResult<ProvinceTradingStatistics>> tradingStatistics(DataFetchingEnvironment env, @Argument int year) {
        return () -> summed(env, "tradingStatistics", ProvinceTradingStatistics.ask(figures, year, Callers.of(env), Deadline.of(env), tenant -> true),
                cities -> ProvinceTradingStatistics.sum(year, cities));
    }

    @SchemaMapping(typeName = "Province")
    Callable<DataFetcherResult<ProvinceActivityStatistics>> activityStatistics(DataFetchingEnvironment env, @Argument int year) {
        return () -> summed(env, "activityStatistics", ProvinceActivityStatistics.ask(figures, year, Callers.of(env), Deadline.of(env),
                tenant -> true), cities -> ProvinceActivityStatistics.sum(year, cities));
    }

    @SchemaMapping(typeName = "Province")
    Callable<DataFetcherResult<ProvinceFinancingStatistics>> financingStatistics(DataFetchingEnvironment env, @Argument int year) {
        return () -> summed(env, "financingStatistics", ProvinceFinancingStatistics.ask(figures, year, Callers.of(env), Deadline.of(env),
                tenant -> true), cities -> ProvinceFinancingStatistics.sum(year, cities));
    }

    @SchemaMapping(typeName = "Province")
    Callable<DataFetcherResult<ProvinceMatchStatistics>> matchStatistics(DataFetchingEnvironment env, @Argument int year) {
        return () -> summed(env, "matchStatistics", figures.ask("matchStatistics", year, Callers.of(env), Deadline.of(env), tenant -> true,
                ProvinceMatchStatistics.Reported.class, (tenant, reported) -> ProvinceMatchStatistics.CityMatchStatistics.of(tenant.id(), tenant.name(),
                        reported)), cities -> ProvinceMatchStatistics.sum(year, cities));
    }

    /** The province's figures summed from the cities that answered, with an error naming each city that did not. */
    private static <C, T> DataFetcherResult<T> summed(DataFetchingEnvironment env, String field, YearFigures.Asked<C> asked,
                                                      java.util.function.Function<List<C>, T> sum) {
        List<GraphQLError> errors = new ArrayList<>();
        asked.answers().forEach(answer -> errors.addAll(FederatedResults.of(env, answer, field).getErrors()));
        asked.unanswered().forEach(failure -> errors.add(FederatedResults.error(env, failure)));
        return DataFetcherResult.<T>newResult().data(sum.apply(asked.cities())).errors(errors).build();
    }

    @SchemaMapping(typeName = "Province")
    Callable<DataFetcherResult<List<ProvinceBrokers.ProvinceBroker>>> brokerRanking(DataFetchingEnvironment env, @Argument int year,
                                                                                   @Argument Integer first) {
        if (first == null || first < 1 || first > 200) {
            throw new BadInputException("first", "must be between 1 and 200");
        }
        return () -> brokerRankingNow(env, year, first);
    }

    private DataFetcherResult<List<ProvinceBrokers.ProvinceBroker>> brokerRankingNow(DataFetchingEnvironment env, int year, int first) {
        FanOut.Results<TenantAnswer> results = fanOut.ask(tenant -> gateway.queryNamed(tenant, Callers.of(env), Deadline.of(env), "brokerRanking", Map.of("year", year)));
        List<ProvinceBrokers.Reported> brokers = new ArrayList<>();
        results.answers().values().forEach(answer -> {
            ProvinceBrokers.Reported[] city = answer.field("brokerRanking", ProvinceBrokers.Reported[].class);
            if (city != null) {
                brokers.addAll(List.of(city));
            }
        });
        return DataFetcherResult.<List<ProvinceBrokers.ProvinceBroker>>newResult().data(ProvinceBrokers.rank(brokers, first))
                .errors(errors(env, results, "brokerRanking")).build();
    }

    @SchemaMapping(typeName = "Province")
    Callable<DataFetcherResult<ProvinceInstruments.ProvinceInstrumentUtilisation>> instrumentUtilisation(DataFetchingEnvironment env,
                                                                                                       @Argument int year, @Argument Integer first) {
        cn.techmarket.graphql.errors.CalendarYears.require("year", year);
        if (first == null || first < 1 || first > 200) {
            throw new BadInputException("first", "must be between 1 and 200");
        }
        return () -> {
            FanOut.Results<TenantAnswer> results = fanOut.ask(tenant -> gateway.queryNamed(tenant, Callers.of(env), Deadline.of(env),
                    "instrumentUtilisation", Map.of("year", year)));
            Map<String, ProvinceInstruments.Reported> cities = new java.util.TreeMap<>();
            results.answers().forEach((tenant, answer) -> {
                ProvinceInstruments.Reported city = answer.field("instrumentUtilisation", ProvinceInstruments.Reported.class);
                if (city != null) {
                    cities.put(tenant.id(), city);
                }
            });
            return DataFetcherResult.<ProvinceInstruments.ProvinceInstrumentUtilisation>newResult()
                    .data(ProvinceInstruments.sum(year, cities, first)).errors(errors(env, results, "instrumentUtilisation")).build();
        };
    }

    /** The errors of a fan-out: what each city answered with, and each city that could not be asked. */
    private static List<GraphQLError> errors(DataFetchingEnvironment env, FanOut.Results<TenantAnswer> results, String field) {
        List<GraphQLError> errors = new ArrayList<>();
        results.answers().values().forEach(answer -> errors.addAll(FederatedResults.of(env, answer, field).getErrors()));
        results.failures().forEach(failure -> errors.add(FederatedResults.error(env, failure)));
        return errors;
    }

    @SchemaMapping(typeName = "Province")
    Callable<DataFetcherResult<List<CityKindCount>>> libraryCounts(DataFetchingEnvironment env) {
        return () -> libraryCountsNow(env);
    }

    private DataFetcherResult<List<CityKindCount>> libraryCountsNow(DataFetchingEnvironment env) {
        return countsNow(env, "libraryCounts");
    }

    /** Verified members (注册会员) per city and kind. */
    @SchemaMapping(typeName = "Province")
    Callable<DataFetcherResult<List<CityKindCount>>> memberCounts(DataFetchingEnvironment env) {
        return () -> countsNow(env, "memberCounts");
    }

    /** Every city's counts per kind, from the stored operation of the same name as its field. */
    private DataFetcherResult<List<CityKindCount>> countsNow(DataFetchingEnvironment env, String operation) {
        FanOut.Results<TenantAnswer> results = fanOut.ask(tenant -> gateway.queryNamed(tenant, Callers.of(env), Deadline.of(env), operation, Map.of()));
        List<CityKindCount> counts = new ArrayList<>();
        results.answers().forEach((tenant, answer) -> {
            Counted[] kinds = answer.field(operation, Counted[].class);
            if (kinds != null) {
                for (Counted kind : kinds) {
                    counts.add(new CityKindCount(tenant.id(), tenant.name(), kind.kind(), kind.count()));
                }
            }
        });
        counts.sort(Comparator.comparing(CityKindCount::tenantId).thenComparing(CityKindCount::kind));
        return DataFetcherResult.<List<CityKindCount>>newResult().data(counts).errors(errors(env, results, operation)).build();
    }

    @SchemaMapping(typeName = "Province")
    Callable<DataFetcherResult<Object>> achievements(@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return () -> merged.newestFirst(env, "achievements", first, after);
    }

    @SchemaMapping(typeName = "Province")
    Callable<DataFetcherResult<Object>> demands(@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return () -> merged.newestFirst(env, "demands", first, after);
    }

}
