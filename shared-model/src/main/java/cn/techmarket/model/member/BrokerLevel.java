package cn.techmarket.model.member;

/** 初级 / 中级 / 高级技术经纪人. */
public enum BrokerLevel { JUNIOR, INTERMEDIATE, SENIOR }
