package cn.techmarket.hub;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The hub's executors, managed by Spring so that they stop with the application: a task still
 * running gets {@link #GRACE_SECONDS} to finish. Tenant calls, fan-outs and index creation wait on
 * the network rather than compute, so their pools grow with the work and shrink when idle (as a
 * cached pool does); how many may run at once is bounded by the bulkheads and the registry's
 * size, not here. (Virtual threads would suit them, but the hub runs on JDK 17.)
 */
@Configuration(proxyBeanMethods = false)
public class HubExecutors {

    public static final String TENANT_CALLS = "tenantCallExecutor";
    public static final String FAN_OUT = "fanOutExecutor";
    /** Work of a search rebuild: reading tenants' feeds and creating indexes. */
    public static final String SEARCH_WORK = "searchWorkExecutor";
    /** One rebuild at a time, in the background of the request that started it. */
    public static final String SEARCH_REBUILD = "searchRebuildExecutor";

    static final int GRACE_SECONDS = 5;
    /** At most this many feeds are read (or indexes created) side by side; more would only queue in Elasticsearch. */
    static final int SEARCH_WORK_LIMIT = 4;

    @Bean(TENANT_CALLS)
    ThreadPoolTaskExecutor tenantCallExecutor() {
        return pool("tenant-call-", Integer.MAX_VALUE, 0);
    }

    @Bean(FAN_OUT)
    ThreadPoolTaskExecutor fanOutExecutor() {
        return pool("fan-out-", Integer.MAX_VALUE, 0);
    }

    @Bean(SEARCH_WORK)
    ThreadPoolTaskExecutor searchWorkExecutor() {
        return pool("search-work-", SEARCH_WORK_LIMIT, Integer.MAX_VALUE);
    }

    @Bean(SEARCH_REBUILD)
    ThreadPoolTaskExecutor searchRebuildExecutor() {
        return pool("search-rebuild-", 1, Integer.MAX_VALUE);
    }

    /**
     * @param queue 0 for a pool that starts a thread whenever none is idle (up to {@code threads});
     *              otherwise work waits for one of {@code threads}, all kept
     */
    private static ThreadPoolTaskExecutor pool(String threadNamePrefix, int threads, int queue) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix(threadNamePrefix);
        executor.setCorePoolSize(queue == 0 ? 0 : threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(queue);
        executor.setDaemon(true);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(GRACE_SECONDS);
        return executor;
    }
}
