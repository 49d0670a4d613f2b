package cn.techmarket.model.contract;

/** Who a contract party is; an individual is identified by the resident identity number. */
public enum PartyKind {
    ENTERPRISE, UNIVERSITY, INSTITUTE, INDIVIDUAL
}
