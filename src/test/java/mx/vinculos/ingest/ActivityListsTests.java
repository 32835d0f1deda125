package mx.vinculos.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Activities listed inside a sentence: "tales como: A; B y la C", "se realizaron …, se asistió a …". */
class ActivityListsTests {

	static List<String> titles(String text) {
		return ActivityLists.in(text, w -> java.util.Set.of("sesiones", "reuniones", "reunion",
				"encuentro", "contribuciones", "ceremonia", "conmemoracion", "foro", "primer").contains(w))
			.stream()
			.map(ActivityLists.Item::title)
			.toList();
	}

	@Test
	void eachClauseOfASentenceTellsOneActivity() {
		assertThat(titles("Con la unesco se realizaron tres sesiones preparatorias para mondialcult 2022, de la que la Ciudad "
				+ "de México será anfitriona, se asistió a seis reuniones de la Red de Ciudades Creativas y a la reunión para "
				+ "la colaboración y acciones de trabajo de talleres FB en Faro Cosmos. Asimismo, se brindó seguimiento al "
				+ "encuentro Latino-Americano de Ciudades Creativas y se realizaron contribuciones al Informe Mundial RePensar "
				+ "las Políticas para la Creatividad."))
			.containsExactly("Sesiones preparatorias para mondialcult 2022", "Reuniones de la Red de Ciudades Creativas",
					"Reunión para la colaboración y acciones de trabajo de talleres FB en Faro Cosmos",
					"Encuentro Latino-Americano de Ciudades Creativas",
					"Contribuciones al Informe Mundial RePensar las Políticas para la Creatividad");
	}

	@Test
	void anItemsNameStopsWhereTheClauseGoesOnAboutIt() {
		assertThat(titles("En agosto se llevó a cabo el primer encuentro virtual sobre infraestructura verde “Big Cities” con "
				+ "Portland, facilitado por el World Resources Institute. Con el apoyo del pnud se realizó un foro que tuvo por "
				+ "objetivo capacitar a las Alcaldías. Además se realizó reunión de trabajo el 12 de agosto de 2021, en la que "
				+ "participaron las fiscalías."))
			.containsExactly("Primer encuentro virtual sobre infraestructura verde “Big Cities” con Portland");
	}

	@Test
	void aClauseWithoutANameIsNoEvent() {
		assertThat(titles("Durante el semestre se realizaron diversas reuniones de trabajo con las áreas de la secretaría.")).isEmpty();
	}

	@Test
	void theItemsOfATalesComoList() {
		assertThat(titles("La Secretaría de Cultura participó en eventos de conmemoración histórica, tales como: México-"
				+ "Tenochtitlan. “Más de Siete Siglos de Historia”, ceremonia de conmemoración en el Museo del Templo Mayor; la "
				+ "conmemoración por los 500 años de la Toma de México–Tenochtitlan e inauguración de la ventana Huey Tzompantli y "
				+ "la Conmemoración de los 200 Años de la Consumación de la Independencia."))
			.containsExactly("México-Tenochtitlan. “Más de Siete Siglos de Historia”, ceremonia de conmemoración en el Museo del Templo Mayor",
					"Conmemoración por los 500 años de la Toma de México–Tenochtitlan e inauguración de la ventana Huey Tzompantli",
					"Conmemoración de los 200 Años de la Consumación de la Independencia");
	}

}
