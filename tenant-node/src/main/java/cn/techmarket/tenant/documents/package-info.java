/**
 * What every kind of document a tenant keeps shares, library records, contracts and matches alike:
 * bounded pages, ids for new documents (derived from the request's idempotency key), versioned
 * writes that refuse a stale version, and documents that move through a workflow. Depends on no
 * feature package.
 */
package cn.techmarket.tenant.documents;
