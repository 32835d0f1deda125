package mx.vinculos.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LuceneQueryTests {

	@Test
	void whatIsTypedReachesLuceneOnlyAsFoldedWordsWithPrefixAndFuzzyTerms() {
		assertThat(EntitySearch.lucene("Secretaría de Movilidad", true))
			.isEqualTo("+(secretaria secretaria* secretaria~2) +(movilidad movilidad* movilidad~2)");
		assertThat(EntitySearch.lucene("sheimbaum", false)).isEqualTo("(sheimbaum sheimbaum* sheimbaum~2)");
		assertThat(EntitySearch.lucene("UCCI", true)).isEqualTo("+(ucci ucci* ucci~1)");
	}

	@Test
	void luceneSyntaxInTheInputIsInert() {
		String q = EntitySearch.lucene("name:Bogotá* AND (x OR \"y\")~2 NOT z^3 \\ / [a TO b] {c} ||&& !", true);
		assertThat(q.replaceAll("[a-z0-9 +()*~]", "")).isEmpty();
		assertThat(q).doesNotContain("AND", "OR", "NOT", ":", "\"", "^", "[", "{", "\\", "/", "!");
		assertThat(EntitySearch.lucene("¿?¡! --", true)).isEmpty();
	}

}
