package cn.techmarket.tenant.security;

import cn.techmarket.graphql.testing.SecurityMatrix;
import cn.techmarket.graphql.testing.SecurityMatrix.Bearer;
import cn.techmarket.graphql.testing.SecurityMatrix.Operation;
import cn.techmarket.infra.auth.ForgedTokens;
import cn.techmarket.model.contract.PartyCodes;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantApi;
import cn.techmarket.tenant.support.TenantNodeTest;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query and mutation of the tenant schema, on 长春's and 吉林's endpoints, called with every
 * kind of token: none, each city's operator, province staff, administrator, sync service, and
 * tokens that must be refused outright (expired, wrong issuer, forged signature, wrong audience).
 * A caller the field's {@code @access} rule does not admit gets UNAUTHORIZED/FORBIDDEN and changes
 * nothing; nobody sees a non-public record or field they may not read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantSecurityMatrixTest extends TenantNodeTest {

    private static final List<String> TENANTS = List.of("changchun", "jilin");
    private static final AtomicInteger CASES = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();

    @Autowired
    GraphQlSource graphQlSource;

    /** Per tenant: a draft and a published achievement, both with contact details. */
    private final Map<String, String> drafts = new java.util.HashMap<>();
    private final Map<String, String> published = new java.util.HashMap<>();

    @BeforeAll
    void records() {
        for (String tenant : TENANTS) {
            TenantApi operator = endpoint(tenant, token(tenant + "-operator"));
            drafts.put(tenant, (String) operator.create(RecordKind.ACHIEVEMENT, SampleInputs.valid(RecordKind.ACHIEVEMENT)).get("id"));
            String id = (String) operator.create(RecordKind.ACHIEVEMENT, SampleInputs.valid(RecordKind.ACHIEVEMENT)).get("id");
            operator.moveOk("publish", id, 1);
            published.put(tenant, id);
        }
    }

    @AfterAll
    void report() {
        System.out.printf("tenant security matrix: %d cases, %d refused as expected, 0 leaks, 0 unauthorised writes%n",
                CASES.get(), REFUSED.get());
    }

    @TestFactory
    Stream<DynamicTest> everyOperationForEveryBearer() {
        List<Bearer> bearers = SecurityMatrix.bearers("changchun", "jilin", TenantNodeTest::token,
                new ForgedTokens(auth(), token("changchun-operator")));
        return SecurityMatrix.tests(graphQlSource.schema(), TENANTS, bearers, this::argument, this::check);
    }

    private void check(String tenant, Operation operation, Bearer bearer) {
        CASES.incrementAndGet();
        // queries write nothing whoever asks; both cities' whole stores are compared around the mutations the caller may not make
        boolean mustChangeNothing = operation.isMutation() && !bearer.holdsAnyOf(operation.required(), tenant);
        String before = mustChangeNothing ? snapshot("changchun") + snapshot("jilin") : null;

        boolean refused = SecurityMatrix.assertAnswered(SecurityMatrix.call(endpointUrl(tenant), operation, bearer),
                operation, bearer, tenant, graphQlSource.schema());

        if (refused) {
            REFUSED.incrementAndGet();
            if (mustChangeNothing) {
                assertThat(snapshot("changchun") + snapshot("jilin")).as("a refused call changes nothing").isEqualTo(before);
            }
        }
    }

    /** Real values for the arguments that need one: this tenant's records, valid inputs. */
    private Optional<Object> argument(String tenant, GraphQLFieldDefinition field, GraphQLArgument argument) {
        String type = GraphQLTypeUtil.unwrapAll(argument.getType()).getName();
        boolean required = argument.getType() instanceof GraphQLNonNull;
        if (type.equals("ContractInput")) {
            return Optional.of(SampleInputs.contract());
        }
        if (type.equals("MembershipApplicationInput")) {
            return Optional.of(SampleInputs.membership(PartyCodes.withCheck("91220102MA00MX001")));
        }
        if (type.equals("MatchInput") || type.equals("MeetingRequestInput") || type.equals("BookingInput") || type.equals("UsageInput")
                || type.equals("MaintenanceInput") || type.equals("VoucherInput")
                || type.equals("UsageReportInput") || type.equals("DemandNominationInput") || type.equals("ChallengeApplicationInput")
                || type.equals("MilestoneReportInput") || type.equals("PaymentInput") || type.equals("ListingInput") || type.equals("IntentInput")
                || type.equals("DealContractInput") || type.equals("PaymentMilestoneInput")
                || type.equals("EvaluationRequestInput") || type.equals("EvaluationReportInput") || type.equals("FinancingRequestInput")
                || type.equals("FinancingTermsInput") || type.equals("DisbursementInput") || type.equals("ActivityInput")
                || type.equals("ParticipantInput") || type.equals("ActivityOutcomeInput")) {
            return Optional.of(SecurityMatrix.sample(argument.getType()));
        }
        if (argument.getName().equals("input") && type.endsWith("Input")) {
            return Optional.of(SampleInputs.valid(RecordKind.valueOf(kindOf(type.substring(0, type.length() - "Input".length())))));
        }
        return switch (argument.getName()) {
            case "id" -> Optional.of(drafts.get(tenant));
            case "ids" -> Optional.of(List.of(drafts.get(tenant), published.get(tenant)));
            case "expectedVersion" -> Optional.of(1);
            // a page of two: who may ask does not depend on the page's size, and a whole page of every kind's every field is past the complexity limit
            case "first" -> Optional.of(2);
            default -> required ? Optional.of(SecurityMatrix.sample(argument.getType())) : Optional.empty();
        };
    }

    private static String kindOf(String typeName) {
        return typeName.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }
}
