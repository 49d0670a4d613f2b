package cn.techmarket.auth.signup;

import cn.techmarket.auth.realm.RealmClaims;
import cn.techmarket.auth.realm.RealmProperties;
import cn.techmarket.model.access.MarketRole;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * People who signed up themselves: each becomes a user with the {@link MarketRole#MEMBER} role,
 * who can then apply for membership at a city. Kept in the accounts file when one is configured
 * ({@code market.auth.accounts-file}: a line per account, name and password hash), so that a
 * restart keeps them; the demo realm's people are made again at every start.
 */
@Component
public class Accounts {

    /** 3 to 32 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
    static final int MIN_PASSWORD = 10;

    private final UserDetailsManager users;
    private final PasswordEncoder encoder;
    private final Path file;

    Accounts(UserDetailsManager users, PasswordEncoder encoder, RealmProperties properties) {
        this.users = users;
        this.encoder = encoder;
        this.file = properties.accountsFile();
        load();
    }

    /** Why the name cannot be had, or null when it can. */
    String nameProblem(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            return "用户名须为 3-32 位小写字母、数字或 . _ -，以字母或数字开头";
        }
        if (users.userExists(username)) {
            return "用户名已被使用";
        }
        return null;
    }

    /** Creates the account; the caller has checked the name and the password. */
    synchronized void create(String username, String password) {
        if (users.userExists(username)) {
            throw new IllegalStateException("taken meanwhile: " + username);
        }
        String hash = encoder.encode(password);
        users.createUser(user(username, hash));
        if (file != null) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, username + "\t" + hash + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                users.deleteUser(username);
                throw new UncheckedIOException("could not keep the account " + username, e);
            }
        }
    }

    private void load() {
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t", 2);
                if (parts.length == 2 && USERNAME.matcher(parts[0]).matches() && !users.userExists(parts[0])) {
                    users.createUser(user(parts[0], parts[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the accounts file " + file, e);
        }
    }

    private static UserDetails user(String username, String hash) {
        return User.withUsername(username).password(hash).authorities(RealmClaims.authorities(MarketRole.MEMBER, null)).build();
    }

}
