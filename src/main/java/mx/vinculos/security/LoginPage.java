package mx.vinculos.security;

import jakarta.servlet.http.HttpServletRequest;

import mx.vinculos.web.Texts;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page, in Spanish, self-contained (no template engine, no script, styles
 * inline under the content security policy). Without accounts there is nothing to sign in to.
 */
@Controller
class LoginPage {

	private final AccountsProperties accounts;

	private final Texts texts;

	LoginPage(AccountsProperties accounts, Texts texts) {
		this.accounts = accounts;
		this.texts = texts;
	}

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> login(HttpServletRequest request) {
		if (!this.accounts.any()) {
			return ResponseEntity.status(302).header("Location", request.getContextPath() + "/").build();
		}
		String notice = "";
		if (request.getParameter("error") != null) {
			notice = "<p class=\"aviso error\" role=\"alert\">" + t("seguridad.login.error") + "</p>";
		}
		else if (request.getParameter("salida") != null) {
			notice = "<p class=\"aviso\" role=\"status\">" + t("seguridad.login.salida") + "</p>";
		}
		String csrf = "";
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			csrf = "<input type=\"hidden\" name=\"" + HtmlUtils.htmlEscape(token.getParameterName()) + "\" value=\""
					+ HtmlUtils.htmlEscape(token.getToken()) + "\">";
		}
		String lang = Texts.locale(request).getLanguage();
		String html = """
				<!DOCTYPE html>
				<html lang="%s"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title>
				<style>
				body { font-family: system-ui, sans-serif; background: #f4f4f1; margin: 0; }
				main { max-width: 22rem; margin: 12vh auto; background: #fff; padding: 2rem; border-radius: 8px;
				  box-shadow: 0 1px 4px rgba(0,0,0,.15); }
				h1 { margin-top: 0; font-size: 1.6rem; } label { display: block; margin: 1rem 0 .3rem; }
				input[type=text], input[type=password] { width: 100%%; box-sizing: border-box; padding: .5rem; font-size: 1rem; }
				button { margin-top: 1.4rem; padding: .55rem 1.4rem; font-size: 1rem; }
				.aviso { padding: .5rem .7rem; background: #eef5ee; border-radius: 4px; } .error { background: #fbe9e9; }
				</style></head>
				<body><main>
				<h1>%s</h1>
				<p>%s</p>
				%s
				<form method="post" action="%s/login">
				<label for="username">%s</label>
				<input type="text" id="username" name="username" autocomplete="username" required autofocus>
				<label for="password">%s</label>
				<input type="password" id="password" name="password" autocomplete="current-password" required>
				%s
				<button type="submit">%s</button>
				</form>
				</main></body></html>
				""".formatted(lang, t("seguridad.login.titulo"), t("seguridad.login.encabezado"),
				t("seguridad.login.instrucciones"), notice, HtmlUtils.htmlEscape(request.getContextPath()),
				t("seguridad.login.usuario"), t("seguridad.login.contrasena"), csrf, t("seguridad.login.entrar"));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8")).body(html);
	}

	private String t(String key) {
		return HtmlUtils.htmlEscape(this.texts.get(key), "UTF-8");
	}

}
