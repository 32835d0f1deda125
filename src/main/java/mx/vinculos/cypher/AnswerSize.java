package mx.vinculos.cypher;

import java.util.List;
import java.util.Map;

/** Roughly how many bytes a value takes in the JSON answer: enough to cap answers by size. */
final class AnswerSize {

	private AnswerSize() {
	}

	static long of(Object value) {
		if (value == null) {
			return 4;
		}
		if (value instanceof String s) {
			return s.length() + 2L;
		}
		if (value instanceof Map<?, ?> map) {
			long n = 2;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				n += String.valueOf(e.getKey()).length() + 4L + of(e.getValue());
			}
			return n;
		}
		if (value instanceof List<?> list) {
			long n = 2;
			for (Object o : list) {
				n += 1 + of(o);
			}
			return n;
		}
		return String.valueOf(value).length();
	}

}
