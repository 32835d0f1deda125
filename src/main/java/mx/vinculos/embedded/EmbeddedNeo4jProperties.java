package mx.vinculos.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the embedded server.
 *
 * @param dataDir where the database files live ({@code vinculos.data-dir})
 * @param embedded the Bolt connector and its password
 */
@ConfigurationProperties("vinculos")
public record EmbeddedNeo4jProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Embedded embedded) {

	/**
	 * @param boltPort Bolt port; {@code 0} picks a free one (logged at start)
	 * @param boltAddress interface Bolt binds to
	 * @param password password of the {@code neo4j} user; empty disables authentication,
	 * which is only allowed on a loopback address
	 * @param transactionMemory heap one transaction may use ({@code db.memory.transaction.max})
	 */
	public record Embedded(@DefaultValue("7687") int boltPort, @DefaultValue("127.0.0.1") String boltAddress,
			@DefaultValue("") String password, @DefaultValue("256MB") DataSize transactionMemory) {
	}

}
