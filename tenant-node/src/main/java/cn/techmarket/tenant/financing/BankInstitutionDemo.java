package cn.techmarket.tenant.financing;

import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.record.Industry;
import cn.techmarket.tenant.library.Contact;
import cn.techmarket.tenant.library.LibraryWriter;
import cn.techmarket.tenant.library.Lifecycle;
import cn.techmarket.tenant.library.RecordMeta;
import cn.techmarket.tenant.member.DemoMembersLoaded;
import cn.techmarket.tenant.member.Member;
import cn.techmarket.tenant.member.Members;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * The demo bank's institution record (科技支行), published for the bank member, so that its people
 * answer the financing requests sent to it (银企对接). The same local id in every city.
 */
@Component
public class BankInstitutionDemo {

    public static final String LOCAL_ID = "demo-bank-institution";

    private final Members members;
    private final LibraryWriter writer;

    BankInstitutionDemo(Members members, LibraryWriter writer) {
        this.members = members;
        this.writer = writer;
    }

    /** Right after the demo members, before the demos that send requests to it. */
    @EventListener
    @Order(50)
    void loadDemo(DemoMembersLoaded loaded) {
        HostedTenant tenant = loaded.tenant();
        Member bank = members.requireActive(tenant, "demo", new TypedId(tenant.id(), Member.TYPE_NAME, "demo-bank").encode(), null);
        String person = bank.users().get(0).subject();
        var published = bank.verifiedAt().plus(Duration.ofDays(1));
        RecordMeta meta = new RecordMeta(tenant.id(), Lifecycle.PUBLISHED, 1, 0, published, person, published, person, published, bank.globalId(), null);
        List<Industry> industries = List.of(Industry.CHEMICAL_NEW_MATERIALS, Industry.ADVANCED_EQUIPMENT, Industry.INFORMATION_TECHNOLOGY,
                Industry.OPTOELECTRONICS);
        List<FinancingProduct.EnterpriseStage> stages = List.of(FinancingProduct.EnterpriseStage.STARTUP, FinancingProduct.EnterpriseStage.GROWTH,
                FinancingProduct.EnterpriseStage.MATURE);
        FinancingInstitution institution = new FinancingInstitution(LOCAL_ID, meta, bank.name(), FinancingInstitution.InstitutionType.BANK,
                "科技支行专营科技型中小企业信贷，提供知识产权质押贷款、科技信用贷款，与市科技大市场签订战略合作协议。",
                List.of(new FinancingProduct("知识产权质押贷", FinancingProduct.ProductType.LOAN, new BigDecimal("1000000.00"), new BigDecimal("20000000.00"),
                                new BigDecimal("3.45"), new BigDecimal("4.95"), 36, industries, stages),
                        new FinancingProduct("科技信用贷", FinancingProduct.ProductType.LOAN, new BigDecimal("500000.00"), new BigDecimal("5000000.00"),
                                new BigDecimal("3.85"), new BigDecimal("5.50"), 24, industries, stages)),
                new Contact("科技金融部", bank.contact().phone(), null));
        writer.importInOrder(tenant, FinancingInstitutionKind.LIBRARY, List.of(institution));
    }
}
