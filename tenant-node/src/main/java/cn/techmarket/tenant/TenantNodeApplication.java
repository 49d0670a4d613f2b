package cn.techmarket.tenant;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** A city sub-market node: serves one or several tenants, each from its own MongoDB database. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TenantNodeApplication {

    public static void main(String[] args) {
        SpringApplication.run(TenantNodeApplication.class, args);
    }
}
