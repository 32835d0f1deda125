package mx.vinculos.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money as the reports write it: "20 mil dólares", "mil 500 mdp", "19 mil 500 libras",
 * "38 millones 550 mil pesos", "308,000 USD (6,344,800 mxn)", "$1.5 millones de euros".
 */
public final class SpanishAmounts {

	/** One amount found in a text, with where it stands. */
	public record Amount(BigDecimal value, String currency, String text, int start, int end) {
	}

	private static final String NUM = "\\d{1,3}(?:[,.]\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?";

	private static final String CURRENCY = "mdp|mdd|millones de pesos|millones de d[oó]lares|d[oó]lares(?: estadounidenses| americanos)?"
			+ "|pesos(?: mexicanos)?|libras(?: esterlinas)?|euros|usd|mxn|eur|gbp|us\\$|\\$|€|£";

	// number words: "38 millones 550 mil", "mil 500", "2 mil 300 millones", "19 mil 500"
	private static final String WORDS = "(?:(?:" + NUM + ")\\s+)?(?:mil(?:lones|l[oó]n)?)(?:\\s+(?:" + NUM
			+ ")(?:\\s+mil(?:lones)?)?)*";

	private static final Pattern AMOUNT = Pattern.compile("(?<pre>us\\$|\\$|€|£|usd|mxn|eur|gbp)?\\s?(?<num>" + WORDS
			+ "|" + NUM + ")(?:\\s+(?:de\\s+)?(?<cur>" + CURRENCY + "))" + "|(?<pre2>us\\$|\\$|€|£|usd|eur|gbp)\\s?(?<num2>"
			+ WORDS + "|" + NUM + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private SpanishAmounts() {
	}

	/** Every amount with a currency in the text, in order. */
	public static List<Amount> find(String text) {
		List<Amount> out = new ArrayList<>();
		Matcher m = AMOUNT.matcher(text);
		while (m.find()) {
			String num = m.group("num") != null ? m.group("num") : m.group("num2");
			String cur = m.group("cur") != null ? m.group("cur") : (m.group("pre") != null ? m.group("pre") : m.group("pre2"));
			if (num == null || cur == null) {
				continue;
			}
			int start = m.start();
			while (start < m.end() && Character.isWhitespace(text.charAt(start))) {
				start++;
			}
			// a number glued to a word ("COP26", "MCR2030") is no amount
			if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
				continue;
			}
			BigDecimal value = words(num.trim());
			String c = currency(cur);
			String lc = cur.toLowerCase(Locale.ROOT);
			if (lc.equals("mdp") || lc.equals("mdd") || lc.startsWith("millones de")) {
				value = value.multiply(BigDecimal.valueOf(1_000_000));
			}
			if (value == null || value.signum() == 0) {
				continue;
			}
			out.add(new Amount(value.stripTrailingZeros(), c, text.substring(start, m.end()).strip(), start, m.end()));
		}
		return out;
	}

	/** The first amount of the text, or null. */
	public static Amount parse(String text) {
		List<Amount> all = find(text);
		return all.isEmpty() ? null : all.get(0);
	}

	static String currency(String raw) {
		String c = raw.toLowerCase(Locale.ROOT);
		if (c.contains("d") && (c.contains("lar") || c.equals("mdd") || c.equals("usd")) || c.equals("us$")) {
			return "USD";
		}
		if (c.contains("libra") || c.equals("£") || c.equals("gbp")) {
			return "GBP";
		}
		if (c.contains("euro") || c.equals("€") || c.equals("eur")) {
			return "EUR";
		}
		return "MXN";
	}

	/** "38 millones 550 mil" → 38550000; "mil 500" → 1500; "308,000" → 308000. */
	static BigDecimal words(String text) {
		String[] parts = text.toLowerCase(Locale.ROOT).split("\\s+");
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal group = null;
		for (String p : parts) {
			if (p.startsWith("millon") || p.startsWith("millón")) {
				total = total.add((group == null ? BigDecimal.ONE : group).multiply(BigDecimal.valueOf(1_000_000)));
				group = null;
			}
			else if (p.equals("mil")) {
				// "2 mil 300 millones": the thousands stay open until millones closes them
				group = (group == null ? BigDecimal.ONE : group).multiply(BigDecimal.valueOf(1000));
			}
			else {
				BigDecimal n = number(p);
				group = group == null ? n : group.add(n);
			}
		}
		if (group != null) {
			total = total.add(group);
		}
		return total;
	}

	/** "308,000" and "308.000" are thousands; "1.5" and "1,5" are decimals. */
	static BigDecimal number(String p) {
		if (p.matches("\\d{1,3}([,.]\\d{3})+")) {
			return new BigDecimal(p.replaceAll("[,.]", ""));
		}
		if (p.matches("\\d{1,3}(,\\d{3})+\\.\\d+")) {
			return new BigDecimal(p.replace(",", ""));
		}
		return new BigDecimal(p.replace(',', '.'));
	}

}
