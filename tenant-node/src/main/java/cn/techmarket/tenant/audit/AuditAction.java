package cn.techmarket.tenant.audit;

import cn.techmarket.tenant.library.Lifecycle;

public enum AuditAction {
    CREATE, UPDATE, SUBMIT, RETURN, PUBLISH, WITHDRAW, DELETE;

    /** The action that moved a record into the lifecycle. */
    static AuditAction movingTo(Lifecycle target) {
        return switch (target) {
            case PUBLISHED -> PUBLISH;
            case WITHDRAWN -> WITHDRAW;
            case DELETED -> DELETE;
            case DRAFT -> UPDATE;
            case SUBMITTED -> SUBMIT;
            case RETURNED -> RETURN;
        };
    }
}
