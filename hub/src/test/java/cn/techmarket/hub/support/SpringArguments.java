package cn.techmarket.hub.support;

import java.util.ArrayList;
import java.util.List;

/** Spring Boot command-line arguments ({@code --key=value}) for servers started as processes. */
public final class SpringArguments {

    private SpringArguments() {
    }

    /**
     * {@code arguments} with each of {@code overrides} in place of the one for the same key: Spring
     * would join a key given twice with a comma.
     */
    public static List<String> overriding(List<String> arguments, List<String> overrides) {
        List<String> result = new ArrayList<>(arguments);
        for (String argument : overrides) {
            String key = argument.substring(0, argument.indexOf('=') + 1);
            result.removeIf(existing -> existing.startsWith(key));
            result.add(argument);
        }
        return result;
    }
}
