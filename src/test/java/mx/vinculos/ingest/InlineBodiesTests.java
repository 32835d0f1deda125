package mx.vinculos.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sentences an event named in running text reads after its own. */
class InlineBodiesTests {

	static List<String> body(boolean sheet, String... lines) {
		ReportLines text = new ReportLines(String.join("\n", lines));
		String first = text.blocks.get(0).text();
		int from = first.indexOf('.') + 1;
		return InlineBodies.body(text.blocks, 0, from, first.length(), j -> false, 1200, sheet).stream()
			.map(s -> s.block().text().substring(s.from(), s.to()).strip())
			.toList();
	}

	@Test
	void proseGoesOnWhileItTellsOfTheEvent() {
		assertThat(body(false,
				"El pasado 27 de octubre la agencia participó en la reunión del Grupo de enfoque con Bloomberg. En este "
						+ "encuentro, se dio retroalimentación a la responsable del Centro de Innovación. La Secretaría de "
						+ "Salud elaboró una guía para el regreso a clases."))
			.containsExactly("En este encuentro, se dio retroalimentación a la responsable del Centro de Innovación.");
	}

	@Test
	void aSheetReadsItsFieldsUpToTheNextActivity() {
		assertThat(body(true,
				"Curso: Técnicas de Investigación en el Delito de Tráfico de Armas.",
				"Objetivo: Entrenamiento del personal de la Fiscalía General de Justicia de la Ciudad de México.",
				"Fechas: Del 30 de noviembre al 1 de diciembre.",
				"",
				"Asimismo, el 9 de noviembre se participó en el Congreso de Metropolis."))
			.containsExactly("Objetivo: Entrenamiento del personal de la Fiscalía General de Justicia de la Ciudad de México. Fechas: Del 30 de noviembre al 1 de diciembre.");
	}

	@Test
	void anotherActivityEndsTheBody() {
		assertThat(InlineBodies.opensAnother("Asimismo, el 9 de noviembre la funcionaria participó")).isTrue();
		assertThat(InlineBodies.opensAnother("Finalmente, formó parte de la Reunión")).isTrue();
		assertThat(InlineBodies.opensAnother("En este encuentro, se dio retroalimentación")).isFalse();
	}

}
