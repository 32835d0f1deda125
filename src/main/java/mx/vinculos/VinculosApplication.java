package mx.vinculos;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Vínculos: a source-cited graph of Mexico City's international relationships. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VinculosApplication {

	public static void main(String[] args) {
		// `ingest` drafts a new report from its PDF: a command, not the service, so no web
		// server and no database start for it
		if (args.length > 0 && "ingest".equals(args[0])) {
			mx.vinculos.ingest.IngestCommand.main(java.util.Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		SpringApplication application = new SpringApplication(VinculosApplication.class);
		// the embedded Neo4j starts while Spring builds the rest (see EarlyNeo4jStart)
		application.addListeners(new mx.vinculos.embedded.EarlyNeo4jStart(mx.vinculos.graph.StartQueries.ALL));
		application.run(args);
	}

}
