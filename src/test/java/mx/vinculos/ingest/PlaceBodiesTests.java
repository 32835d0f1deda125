package mx.vinculos.ingest;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Places and the bodies named after them, as the registry names them (PlaceBodies). */
class PlaceBodiesTests {

	static List<String> names(List<Mentions.Named> named) {
		return named.stream().map(Mentions.Named::name).toList();
	}

	@Test
	void anEmbassyNamedWithoutItsSeatIsTheOneInMexico() {
		assertThat(PlaceBodies.embassyInMexico("Embajada de Japón")).isEqualTo("Embajada de Japón en México");
		// the registry's article before countries that take one
		assertThat(PlaceBodies.embassyInMexico("Embajada de Perú")).isEqualTo("Embajada del Perú en México");
		assertThat(PlaceBodies.embassyInMexico("Embajada del Ecuador")).isEqualTo("Embajada del Ecuador en México");
		assertThat(PlaceBodies.embassyInMexico("Embajada de los Estados Unidos de América"))
			.isEqualTo("Embajada de los Estados Unidos en México");
		// named with a seat, Mexico's own, or no country: not this rule's
		assertThat(PlaceBodies.embassyInMexico("Embajada de Italia en México")).isNull();
		assertThat(PlaceBodies.embassyInMexico("Embajada de México")).isNull();
		assertThat(PlaceBodies.embassyInMexico("Embajada de Cultura Viva")).isNull();
	}

	@Test
	void theEmbassiesThatAskedForAListsItemsAreEachItemsCountrys() {
		String intro = "gestionó la iluminación de los monumentos, por solicitud de las Embajadas correspondientes:";
		assertThat(PlaceBodies.embassiesOnRequest(intro, 0, intro.length())).isNotNull();
		assertThat(PlaceBodies.embassiesOnRequest("con nueve Embajadas: Canadá, Japón", 0, 20)).isNull();
		assertThat(PlaceBodies.onlyCountry("Celebración del Bicentenario de Perú")).isEqualTo("Perú");
		assertThat(PlaceBodies.onlyCountry("Conmemoración del 30 aniversario de la Restauración de Independencia de Azerbaiyán"))
			.isEqualTo("Azerbaiyán");
		// two countries: whose embassy asked is not said
		assertThat(PlaceBodies.onlyCountry("Encuentro de músicos de Israel y Colombia")).isNull();
	}

	@Test
	void aMexicanStatesGovernmentIsGobiernoDelEstado() {
		assertThat(names(PlaceBodies.governments("y representantes de Gobiernos de Veracruz. Puebla, Chiapas y Tabasco recibieron",
				x -> false)))
			.containsExactly("Gobierno del Estado de Veracruz", "Gobierno del Estado de Puebla", "Gobierno del Estado de Chiapas",
					"Gobierno del Estado de Tabasco");
		assertThat(names(PlaceBodies.governments("con el Gobierno del Estado de Jalisco", x -> false)))
			.containsExactly("Gobierno del Estado de Jalisco");
	}

	@Test
	void anotherPlacesGovernmentIsABodyUnlessThePlaceIsACountryOrAKnownCity() {
		assertThat(names(PlaceBodies.governments("organizadas por la consultoría evm para el Gobierno\nde Canarias para el diseño",
				x -> false)))
			.containsExactly("Gobierno de Canarias");
		// the federal government is a body of its own
		assertThat(names(PlaceBodies.governments("fue planteado por el Gobierno de México durante la cop-15", x -> false)))
			.containsExactly("Gobierno de México");
		// a foreign country takes part itself; a known city's government is the city
		assertThat(PlaceBodies.governments("junto con el Gobierno de Colombia", x -> false)).isEmpty();
		assertThat(PlaceBodies.governments("junto con el Gobierno de Bogotá", "Bogotá"::equals)).isEmpty();
		// a head of government's title names no body
		assertThat(PlaceBodies.governments("el Jefe de Gobierno de Buenos Aires", x -> false)).isEmpty();
	}

	@Test
	void aStateNamedAsABodyIsItsGovernment() {
		assertThat(names(PlaceBodies.statesAsBodies("las Ministras de Medellín, Colombia, y del Estado de São Paulo, Brasil",
				"São Paulo"::equals)))
			.containsExactly("Gobierno del Estado de São Paulo");
		assertThat(names(PlaceBodies.statesAsBodies("organizado por el Estado de San Luis Potosí. Fecha", x -> false)))
			.containsExactly("Gobierno del Estado de San Luis Potosí");
		// another body's name, or no place
		assertThat(PlaceBodies.statesAsBodies("la Secretaría de Trabajo del Estado de Coahuila", x -> false)).isEmpty();
		assertThat(PlaceBodies.statesAsBodies("el fortalecimiento del Estado de Derecho", x -> false)).isEmpty();
	}

	@Test
	void aBodysNameGoesOnWithItsStateInLowerCase() {
		String after = " del estado de San \nLuis Potosí. Luego";
		PlaceBodies.WithState w = PlaceBodies.withState("Fiscalía General de Justicia", after);
		assertThat(w.name()).isEqualTo("Fiscalía General de Justicia del Estado de San Luis Potosí");
		assertThat(after.substring(0, w.tail())).endsWith("Potosí");
		assertThat(PlaceBodies.withState("Fiscalía General de Justicia", " de la Ciudad de México")).isNull();
		assertThat(PlaceBodies.withState("Secretaría de Salud", " del estado de ánimo")).isNull();
	}

	@Test
	void anUnknownPlaceListedAmongKnownCitiesIsACity() {
		Set<String> known = Set.of("Montevideo", "Sao Paulo", "Bogotá", "La Paz", "Lima", "Reikiavik", "Ámsterdam");
		assertThat(names(PlaceBodies.citiesAmongCities("48 panelistas presenciales (entre ellos, de Montevideo, Sao Paulo, \nQuebec)",
				known::contains)))
			.containsExactly("Quebec");
		// a country's name among cities is its namesake capital
		assertThat(names(PlaceBodies.citiesAmongCities("las ciudades de: Bogotá, Guatemala, La Paz, Lima y Panamá.", known::contains)))
			.containsExactly("Ciudad de Guatemala", "Ciudad de Panamá");
		assertThat(names(PlaceBodies.citiesAmongCities("de las ciudades de Bogotá, Reikiavik, \nÁmsterdam, Washington dc y San Francisco.",
				known::contains)))
			.containsExactly("Washington DC", "San Francisco");
		// fewer known cities than unknown names: a list of something else
		assertThat(PlaceBodies.citiesAmongCities("Bogotá, Lima, Arte, Educación y Saberes", known::contains)).isEmpty();
		assertThat(PlaceBodies.citiesAmongCities("Bogotá y Quebec", known::contains)).isEmpty();
	}

	@Test
	void aCountryAQuotedTitlePresentsTakesPart() {
		assertThat(names(PlaceBodies.countriesOfQuotedTitle("“Vietnam-Atracción eterna”, con motivo de los 46 años de relaciones")))
			.containsExactly("Vietnam");
		assertThat(names(PlaceBodies.countriesOfQuotedTitle("“La línea negra. Paisajes sagrados de la Sierra Nevada de Santa Marta, Colombia”")))
			.containsExactly("Colombia");
		// a heading that is not a quoted title, or a country outside the quotes
		assertThat(PlaceBodies.countriesOfQuotedTitle("Visita a Vietnam")).isEmpty();
		assertThat(PlaceBodies.countriesOfQuotedTitle("“Las Vidas de Condorito” con la Biblioteca Nacional de Chile")).isEmpty();
	}

	@Test
	void theNextHostIsNamedAfterA() {
		String t = "Además, la Ciudad de México pasó la estafeta a Dakar, próxima ciudad sede del gsef 2023.";
		assertThat(PlaceBodies.nextHosts(t)).singleElement().satisfies(at -> assertThat(t.substring(at[0], at[1])).isEqualTo("Dakar"));
		assertThat(PlaceBodies.nextHosts("La delegación viajó a Dakar, donde se reunió con el alcalde.")).isEmpty();
	}

	@Test
	void aWorldCityIsNamedAsAWholeCapitalisedRun() {
		assertThat(PlaceBodies.worldCity("Tokio")).isTrue();
		assertThat(PlaceBodies.worldCity("Castellón")).isTrue();
		assertThat(PlaceBodies.worldCity("Portland")).isTrue();
		// a common word names a small city: left out of the gazetteer
		assertThat(PlaceBodies.worldCity("Libertad")).isFalse();
		assertThat(names(PlaceBodies.worldCities("el primer intercambio “Big Cities, Big Ideas” con Portland, facilitado por", w -> false)))
			.containsExactly("Portland");
		assertThat(names(PlaceBodies.worldCities("Trabajo artístico de Roma en el marco de la Carta de Roma", w -> false)))
			.containsExactly("Roma");
		// the city of an office's holder
		assertThat(names(PlaceBodies.worldCities("el Jefe de Gobierno de Buenos Aires, el Gobernador Adjunto de Yakarta y", w -> false)))
			.contains("Yakarta");
		// part of a longer name, a Mexican state, a country
		assertThat(PlaceBodies.worldCities("la Sierra Nevada de Santa Marta y San Luis Potosí, y Panamá", w -> false)).isEmpty();
		// a word the report also writes in lower case
		assertThat(PlaceBodies.worldCities("Lima, Perú", "lima"::equals)).isEmpty();
		assertThat(PlaceBodies.lowerCaseWords("La Lima y la lima")).contains("lima", "la").doesNotContain("La", "Lima");
	}

}
