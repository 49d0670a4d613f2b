package cn.techmarket.model.member;

import cn.techmarket.model.contract.PartyKind;

/**
 * What a member of a sub-market (注册会员) is. People (researchers and brokers) are identified by
 * their resident identity number, organisations by their unified social credit code.
 */
public enum MemberKind {

    ENTERPRISE("企业", PartyKind.ENTERPRISE),
    UNIVERSITY("高校", PartyKind.UNIVERSITY),
    INSTITUTE("科研院所", PartyKind.INSTITUTE),
    RESEARCHER("科研人员", PartyKind.INDIVIDUAL),
    SERVICE_INSTITUTION("技术转移服务机构", PartyKind.ENTERPRISE),
    FINANCING_INSTITUTION("金融机构", PartyKind.ENTERPRISE),
    BROKER("技术经纪人", PartyKind.INDIVIDUAL);

    private final String label;
    private final PartyKind codeKind;

    MemberKind(String label, PartyKind codeKind) {
        this.label = label;
        this.codeKind = codeKind;
    }

    public String label() {
        return label;
    }

    /** Which kind of code identifies it, as for a contract's party. */
    public PartyKind codeKind() {
        return codeKind;
    }

    public boolean isPerson() {
        return codeKind == PartyKind.INDIVIDUAL;
    }
}
