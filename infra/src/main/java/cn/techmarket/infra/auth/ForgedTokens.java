package cn.techmarket.infra.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;

/**
 * Tokens the platform must refuse, made for tests from a genuine one: expired, from another
 * issuer or for another audience but signed with the real key (so that only that one check can
 * refuse them), and one signed with a key the issuer never had.
 */
public final class ForgedTokens {

    private final RSAKey realKey;
    private final JWTClaimsSet genuine;

    /** @param genuine a token the authorization server really issued */
    public ForgedTokens(AuthorizationServer server, String genuine) {
        try {
            this.realKey = RSAKey.parse(Files.readString(server.signingKey()));
            this.genuine = SignedJWT.parse(genuine).getJWTClaimsSet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    public String expired() {
        Instant past = Instant.now().minusSeconds(3600);
        return sign(realKey, new JWTClaimsSet.Builder(genuine).issueTime(Date.from(past.minusSeconds(600)))
                .notBeforeTime(Date.from(past.minusSeconds(600))).expirationTime(Date.from(past)).build());
    }

    public String wrongIssuer() {
        return sign(realKey, new JWTClaimsSet.Builder(genuine).issuer("https://evil.example.com").build());
    }

    public String wrongAudience() {
        return sign(realKey, new JWTClaimsSet.Builder(genuine).audience("some-other-service").build());
    }

    /** The same claims, signed by a key of the attacker's own under the real key's id. */
    public String forgedSignature() {
        try {
            RSAKey attacker = new RSAKeyGenerator(2048).keyID(realKey.getKeyID()).generate();
            return sign(attacker, genuine);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
