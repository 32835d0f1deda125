package mx.vinculos.ingest;

import java.util.Set;

import mx.vinculos.graph.Names;

/**
 * Tables set in a report's text ("Financiamientos recibidos / Proyecto Organización Monto /
 * …"): their cells are read by the funding rules, row by row, and are no part of the body of
 * the event whose heading happens to stand above them.
 */
final class Tables {

	private Tables() {
	}

	/** Words a table's column titles are made of. */
	private static final Set<String> COLUMN_WORDS = Set.of("proyecto", "proyectos", "organizacion", "organismo", "monto",
			"montos", "otorgado", "fecha", "fechas", "inicio", "conclusion", "termino", "duracion", "donante", "donantes",
			"beneficiario", "beneficiarios", "institucion", "pais", "periodo", "estatus", "tipo", "cantidad", "moneda",
			"de");

	/**
	 * Whether a block holds a table's row of column titles: a line of two or more column words and
	 * nothing else ("Proyecto Organización Monto", "Fecha de inicio Duración").
	 */
	static boolean header(String block) {
		for (String line : block.split("\n")) {
			String[] words = Names.fold(line).strip().split("\\s+");
			int columns = 0;
			boolean only = words.length >= 2;
			for (String w : words) {
				if (!COLUMN_WORDS.contains(w)) {
					only = false;
					break;
				}
				columns += "de".equals(w) ? 0 : 1;
			}
			if (only && columns >= 2) {
				return true;
			}
		}
		return false;
	}

}
