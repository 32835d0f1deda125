package mx.vinculos.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which instrument a sentence tells as an agreement, and with what status. */
class AgreementCuesTests {

	@Test
	void theInstrumentIsTheObjectOfTheAct() {
		String s = "Con el objetivo de conmemorar el 20 aniversario de la adopción de la Declaración de Durban, los miembros "
				+ "de la red elaboraron la “Declaratoria para conmemorar el aniversario” que se difundió en redes.";
		AgreementCues.Instrument i = AgreementCues.find(s);
		assertThat(i).isNotNull();
		assertThat(s.substring(i.start(), i.end())).isEqualTo("Declaratoria");
		assertThat(s.substring(i.citeFrom())).startsWith("elaboraron la “Declaratoria");
		assertThat(i.kind()).isEqualTo("declaración");
		assertThat(i.status()).isEqualTo("adopted");
	}

	@Test
	void aParticipleAfterTheInstrumentIsItsAct() {
		AgreementCues.Instrument i = AgreementCues
			.find("En el marco de la Carta de Intención firmada con el Programa de las Naciones Unidas para el Desarrollo");
		assertThat(i.kind()).isEqualTo("carta de intención");
		assertThat(i.status()).isEqualTo("signed");
		// a plural participle belongs to something else
		assertThat(AgreementCues.find("se puede acceder a la Declaración y a las publicaciones elaboradas en el foro"))
			.satisfiesAnyOf(x -> assertThat(x).isNull(), x -> assertThat(x.actStart()).isNegative());
	}

	@Test
	void aBareAcuerdoIsAnAgreementOnlyAsTheObjectOfAnAct() {
		AgreementCues.Instrument i = AgreementCues
			.find("la Secretaría de Cultura estableció un acuerdo con su homólogo de Buenos Aires, con el objetivo de");
		assertThat(i).isNotNull();
		assertThat(i.kind()).isEqualTo("acuerdo");
		assertThat(i.status()).isEqualTo("signed");
		assertThat(AgreementCues.find("Con los acuerdos, la Secretaría General redactó el estatuto.")).isNull();
		assertThat(AgreementCues.find("Por acuerdo entre las dependencias, el primer tema fue el proyecto.")).isNull();
	}

	@Test
	void anInstrumentNamedInsideAQuotedTitleIsNoAgreement() {
		assertThat(AgreementCues.find("en el marco del Foro “El Consejo Distrital de Paz a cinco años de la firma del Acuerdo de Paz”, "
				+ "organizado el 3 de diciembre por la Alta Consejería")).isNull();
	}

	@Test
	void aHeadingWithItsDateNeedsNoVerb() {
		String h = "Acuerdo de Colaboración con el Ministerio de Cultura de la Ciudad de Buenos Aires (23 de marzo)";
		assertThat(AgreementCues.heading(h)).isTrue();
		assertThat(AgreementCues.find(h).kind()).isEqualTo("acuerdo");
		assertThat(AgreementCues.heading("Reunión con el Ministerio de Cultura (23 de marzo)")).isFalse();
		assertThat(AgreementCues.find("Acuerdo de Colaboración con el Ministerio de Cultura de la Ciudad de Buenos Aires")).isNull();
	}

	@Test
	void statusesFollowTheAct() {
		assertThat(AgreementCues.find("las ciudades, lideradas por la Ciudad de México, apoyaron la Declaración de Edimburgo").status())
			.isEqualTo("adhered");
		assertThat(AgreementCues.find("se renovó el convenio con la Agencia").status()).isEqualTo("renewed");
		assertThat(AgreementCues.find("Negociar un memorándum de entendimiento para expandir el programa").status())
			.isEqualTo("in-negotiation");
		assertThat(AgreementCues.find("Como resultado de este Foro, se adoptó la Declaración del gsef 2021").status())
			.isEqualTo("adopted");
		AgreementCues.Instrument p = AgreementCues
			.find("recibió a representantes de El Salvador para promover el fortalecimiento de un Programa de Cooperación común");
		assertThat(p.kind()).isEqualTo("programa");
		assertThat(p.status()).isEqualTo("other");
	}

	@Test
	void aCounterpartIsTheCapitalisedNameAfterCon() {
		String s = "suscribió un convenio con Bloomberg Philanthropies para formalizar el proceso";
		int[] n = AgreementCues.counterpart(s, AgreementCues.find(s));
		assertThat(s.substring(n[0], n[1])).isEqualTo("Bloomberg Philanthropies");
		String t = "firmó un memorándum con la Policía Ciudadana de la Comunidad Coreana, a través de la Embajada";
		int[] m = AgreementCues.counterpart(t, AgreementCues.find(t));
		assertThat(t.substring(m[0], m[1])).isEqualTo("Policía Ciudadana de la Comunidad Coreana");
	}

	@Test
	void aJointProjectIsAnAgreementWithoutAnInstrumentWord() {
		String s = "Desde 2020, la Organización de las Naciones Unidas para la Educación (unesco) y el Consejo para Prevenir "
				+ "la Discriminación, en colaboración con la Coalición lac, implementaron el proyecto “Movilidad Humana”.";
		assertThat(AgreementCues.find(s)).isNull();
		AgreementCues.Instrument i = AgreementCues.findWork(s);
		assertThat(s.substring(i.start(), i.end())).isEqualTo("proyecto");
		assertThat(i.citeFrom()).isZero();
		assertThat(i.kind()).isEqualTo("other");
		// one body doing its own project is no agreement; nor is a project only named in a title
		assertThat(AgreementCues.findWork("La Secretaría implementó el proyecto “Barrio Seguro”.")).isNull();
		assertThat(AgreementCues.findWork("Se presentó el libro “Cómo implementaron el proyecto”.")).isNull();
	}

	@Test
	void aHeadingClosingACooperationIsAConcludedAgreement() {
		AgreementCues.Instrument i = AgreementCues
			.findWork("Cierre formal de la cooperación con la Agencia Española de Cooperación Internacional al Desarrollo (aecid) ");
		assertThat(i.status()).isEqualTo("concluded");
		assertThat(AgreementCues.findWork("Renovación de la colaboración con la Fundación Rockefeller").status()).isEqualTo("renewed");
		String h = "Cierre formal de la cooperación con la Agencia Española de Cooperación Internacional al Desarrollo";
		int[] n = AgreementCues.counterpart(h, AgreementCues.findWork(h));
		assertThat(h.substring(n[0], n[1])).isEqualTo("Agencia Española de Cooperación Internacional al Desarrollo");
		// an activity under a dated heading, or a sentence, is not the start or end of a programme
		assertThat(AgreementCues.findWork("Cooperación con la Red de Ciudades Creativas de la UNESCO (3 abril)")).isNull();
		assertThat(AgreementCues.findWork("Al cierre de la cooperación con la Agencia se entregó un informe.")).isNull();
	}

	@Test
	void aWorkProgrammeOfCooperationRequestedIsInNegotiation() {
		AgreementCues.Instrument i = AgreementCues.find("Durante este periodo se atendieron las solicitudes de programas de trabajo "
				+ "para reforzar la cooperación cultural con ciudades de otros países como Chicago, Berlín y Seúl.");
		assertThat(i.kind()).isEqualTo("programa");
		assertThat(i.status()).isEqualTo("in-negotiation");
		// a work plan presented for a project is no cooperation programme
		assertThat(AgreementCues.find("la adip presentó a Bloomberg el plan de trabajo para el primer proyecto a financiar")).isNull();
	}

	@Test
	void aNewBodyNamedAsTheCitysIsOurs() {
		assertThat(AgreementCues.cityBodyName("Sistema de Aguas de la Ciudad de México")).isTrue();
		assertThat(AgreementCues.cityBodyName("Secretaría de Cultura capitalina")).isTrue();
		assertThat(AgreementCues.cityBodyName("Ciudad de México")).isFalse();
		assertThat(AgreementCues.cityBodyName("Embajada de Francia en México")).isFalse();
	}

}
