package cn.techmarket.auth.signup;

import cn.techmarket.infra.auth.BrowserSignIn;
import cn.techmarket.model.access.MarketClaims;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A person makes an account on the sign-up page and signs in through the web client as a member user. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "market.auth.demo.enabled=true",
        "spring.security.oauth2.authorizationserver.issuer=http://127.0.0.1:9000",
        "market.auth.web-redirect-uris=http://127.0.0.1:8080/graphiql"})
class SignUpTest {

    private static final String REDIRECT = "http://127.0.0.1:8080/graphiql";

    @LocalServerPort
    int port;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void aPersonWhoSignsUpSignsInAsAMemberUserUnderTheirOwnName() throws Exception {
        BrowserSignIn browser = BrowserSignIn.at(base());
        assertThat(browser.signUp("zhang.wei", "correct-horse-battery")).isEqualTo(303);

        SignedJWT token = SignedJWT.parse(BrowserSignIn.at(base()).accessToken("zhang.wei", "correct-horse-battery", REDIRECT,
                List.of("openid", "market.member")));

        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("zhang.wei");
        assertThat(token.getJWTClaimsSet().getStringListClaim("scope")).containsExactly("market.member");
        assertThat(token.getJWTClaimsSet().getAudience()).containsExactly(MarketClaims.AUDIENCE);
        assertThat(token.getJWTClaimsSet().getClaim(MarketClaims.TENANT)).isNull();
    }

    @Test
    void aPersonCannotAskForMoreThanAMemberUserIs() throws Exception {
        BrowserSignIn.at(base()).signUp("li.na", "correct-horse-battery");

        SignedJWT token = SignedJWT.parse(BrowserSignIn.at(base()).accessToken("li.na", "correct-horse-battery", REDIRECT,
                List.of("openid", "market.operate", "market.province")));

        assertThat(token.getJWTClaimsSet().getStringListClaim("scope")).containsExactly("market.member");
    }

    @Test
    void aTakenNameAShortPasswordOrAMismatchIsRefusedOnThePage() {
        assertThat(BrowserSignIn.at(base()).signUp("changchun-operator", "correct-horse-battery")).as("a demo operator's name").isEqualTo(400);
        assertThat(BrowserSignIn.at(base()).signUp("wang.fang", "short")).isEqualTo(400);
        assertThat(BrowserSignIn.at(base()).signUp("Wang Fang", "correct-horse-battery")).isEqualTo(400);
    }

    @Test
    void whatThePageEchoesIsEscaped() {
        String page = RestClient.create(base()).get().uri("/signup").retrieve().body(String.class);
        assertThat(page).contains("注册账号").contains("name=\"_csrf\"");

        // posting without the CSRF token is refused outright; with it, a hostile name comes back escaped
        BrowserSignIn browser = BrowserSignIn.at(base());
        assertThat(browser.signUp("<script>alert(1)</script>", "correct-horse-battery")).isEqualTo(400);
        String refused = browser.lastPage();
        assertThat(refused).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)</script>");
    }
}
