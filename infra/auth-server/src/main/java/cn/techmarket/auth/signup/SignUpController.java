package cn.techmarket.auth.signup;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The sign-up page (注册): a person makes an account of their own, then signs in and applies for
 * membership at their city. Real deployments let Keycloak's self-registration do this.
 */
@Controller
class SignUpController {

    private final Accounts accounts;
    private final SignUpLimit limit;

    SignUpController(Accounts accounts, SignUpLimit limit) {
        this.accounts = accounts;
        this.limit = limit;
    }

    @GetMapping("/signup")
    ResponseEntity<String> form(CsrfToken csrf) {
        return page(HttpStatus.OK, csrf, "", List.of());
    }

    @PostMapping("/signup")
    ResponseEntity<String> signUp(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                                  @RequestParam(defaultValue = "") String confirm, CsrfToken csrf, HttpServletRequest request) {
        String name = username.strip();
        List<String> problems = new ArrayList<>();
        String nameProblem = accounts.nameProblem(name);
        if (nameProblem != null) {
            problems.add(nameProblem);
        }
        if (password.length() < Accounts.MIN_PASSWORD) {
            problems.add("密码至少 " + Accounts.MIN_PASSWORD + " 位");
        } else if (!password.equals(confirm)) {
            problems.add("两次输入的密码不一致");
        }
        if (!problems.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, csrf, name, problems);
        }
        if (!limit.tryAcquire(request.getRemoteAddr())) {
            return page(HttpStatus.TOO_MANY_REQUESTS, csrf, name, List.of("此网络地址注册过于频繁，请一小时后再试"));
        }
        try {
            accounts.create(name, password);
        } catch (IllegalStateException taken) {
            return page(HttpStatus.BAD_REQUEST, csrf, name, List.of("用户名已被使用"));
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/login?signedUp")).build();
    }

    /** Every value echoed is escaped: the name comes from whoever posts the form. */
    private static ResponseEntity<String> page(HttpStatus status, CsrfToken csrf, String username, List<String> problems) {
        StringBuilder errors = new StringBuilder();
        problems.forEach(problem -> errors.append("<li>").append(htmlEscape(problem)).append("</li>"));
        String html = """
                <!doctype html>
                <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>注册账号 · 科技大市场</title>
                <style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:26rem;margin:3rem auto;padding:0 1rem}
                label{display:block;margin-top:1rem}input{width:100%%;padding:.5rem;font-size:1rem}button{margin-top:1.5rem;padding:.6rem 1.2rem;font-size:1rem}
                .problems{color:#a8071a}</style></head>
                <body><main><h1>注册账号</h1>
                <p>注册后登录，再向所在市州分市场申请成为会员（企业、高校院所、科研人员、服务机构、金融机构、技术经纪人）。</p>
                <ul class="problems" role="alert">%s</ul>
                <form method="post" action="/signup">
                <input type="hidden" name="%s" value="%s">
                <label for="username">用户名</label><input id="username" name="username" autocomplete="username" required value="%s">
                <label for="password">密码（至少 %d 位）</label><input id="password" name="password" type="password" autocomplete="new-password" required>
                <label for="confirm">确认密码</label><input id="confirm" name="confirm" type="password" autocomplete="new-password" required>
                <button type="submit">注册</button>
                </form><p><a href="/login">已有账号？登录</a></p></main></body></html>
                """.formatted(errors, htmlEscape(csrf.getParameterName()), htmlEscape(csrf.getToken()), htmlEscape(username), Accounts.MIN_PASSWORD);
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(html);
    }
}
