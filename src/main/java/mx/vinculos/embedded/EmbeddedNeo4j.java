package mx.vinculos.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j server running inside this process, reachable over Bolt like any other.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final DatabaseManagementService service;

	private final URI boltUri;

	private final Path home;

	private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, Path home) {
		this.service = service;
		this.boltUri = boltUri;
		this.home = home;
	}

	/**
	 * Starts a server with its files under {@code home}.
	 * @throws IllegalStateException when Bolt would listen beyond this machine without a
	 * password, or the server cannot start
	 */
	public static EmbeddedNeo4j start(Path home, String boltAddress, int boltPort, String password) {
		return start(home, boltAddress, boltPort, password, DEFAULT_TRANSACTION_MEMORY);
	}

	/** Most heap one transaction may take unless configured: a shared read endpoint must not eat the JVM. */
	static final long DEFAULT_TRANSACTION_MEMORY = 256L * 1024 * 1024;

	/**
	 * Starts a server with its files under {@code home}, each transaction limited to
	 * {@code transactionMemory} bytes of heap (all of them together to twice that).
	 */
	public static EmbeddedNeo4j start(Path home, String boltAddress, int boltPort, String password,
			long transactionMemory) {
		checkAddress(boltAddress, password);
		boolean auth = password != null && !password.isEmpty();
		try {
			Files.createDirectories(home);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot create the data directory " + home.toAbsolutePath(), ex);
		}
		// LOAD CSV over Bolt may only read this folder, which the service keeps empty:
		// file:///etc/passwd and friends are refused (the HTTP endpoint refuses LOAD CSV anyway).
		Path importDir = home.resolve("import");
		try {
			Files.createDirectories(importDir);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot create the import directory " + importDir.toAbsolutePath(), ex);
		}
		long started = System.nanoTime();
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(boltAddress, boltPort))
			.setConfig(BoltConnector.advertised_address, new SocketAddress(hostForUri(boltAddress).replaceAll("[\\[\\]]", ""), boltPort))
			// Neo4j's own HTTP server (Jetty/Jersey 2) clashes with Boot's Jersey: the REST API
			// of this service is Spring's.
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, auth)
			.setConfig(GraphDatabaseSettings.pagecache_memory, 128L * 1024 * 1024)
			.setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
			// A graph of a few MB does not need 256 MB transaction logs reserved up front (twice,
			// with the system database): every test's data dir took 0.5 GB and filled the disk.
			.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
			.setConfig(GraphDatabaseSettings.allow_file_urls, false)
			.setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir.toAbsolutePath())
			// db.memory.transaction.max: a query that would hold more heap fails with
			// MemoryPoolOutOfMemoryError instead of growing the JVM.
			.setConfig(GraphDatabaseSettings.memory_tracking, true)
			.setConfig(GraphDatabaseSettings.memory_transaction_max_size, transactionMemory)
			.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, 2 * transactionMemory)
			// an embedded database does not report usage to its vendor
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			// Without these the server waits ~10 s for idle Bolt threads on SIGTERM.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
			.build();
		try {
			GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			if (auth) {
				service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
					.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
							java.util.Map.of("password", password));
			}
			var address = db.getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT);
			URI uri = boltUri(boltAddress, address.getPort());
			// The listening address is what the operator needs to know (0.0.0.0 is every
			// interface); the URI is how this process itself connects.
			log.info("Embedded Neo4j started in {} ms: data in {}, Bolt listening on {}:{} (this service connects to {}){}",
					Duration.ofNanos(System.nanoTime() - started).toMillis(), home.toAbsolutePath().normalize(),
					boltAddress.contains(":") ? "[" + boltAddress + "]" : boltAddress, address.getPort(), uri,
					auth ? ", authentication on (user neo4j)" : ", no authentication (loopback only)");
			return new EmbeddedNeo4j(service, uri, home);
		}
		catch (RuntimeException ex) {
			service.shutdown();
			throw ex;
		}
	}

	/**
	 * @throws IllegalStateException when Bolt would listen beyond this machine without a
	 * password
	 */
	static void checkAddress(String boltAddress, String password) {
		if ((password == null || password.isEmpty()) && !isLoopback(boltAddress)) {
			throw new mx.vinculos.StartupRefusal("Refusing to start: vinculos.embedded.bolt-address=" + boltAddress
					+ " is not a loopback address and no password is configured, so anyone on the network could "
					+ "read and write the graph. Set vinculos.embedded.password (or NEO4J_PASSWORD), "
					+ "or bind to 127.0.0.1.");
		}
	}

	/** How this process connects to a Bolt connector listening on {@code address:port}. */
	static URI boltUri(String address, int port) {
		return URI.create("bolt://" + hostForUri(address) + ":" + port);
	}

	private static String hostForUri(String address) {
		if ("0.0.0.0".equals(address) || "::".equals(address)) {
			return "127.0.0.1";
		}
		return address.contains(":") ? "[" + address + "]" : address;
	}

	static boolean isLoopback(String address) {
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	/**
	 * Runs these read queries once (each with its parameters) in this process, so Neo4j
	 * compiles and caches them before a client sends them; a failing one is only logged.
	 */
	public void warmUp(Map<String, Map<String, Object>> queries) {
		long started = System.nanoTime();
		GraphDatabaseService db = this.service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		queries.forEach((query, parameters) -> {
			try (Transaction tx = db.beginTx()) {
				tx.execute(query, parameters).accept(row -> true);
			}
			catch (RuntimeException ex) {
				log.debug("Warm-up query failed: {}", query, ex);
			}
		});
		log.info("Embedded Neo4j warmed up ({} start queries compiled) in {} ms", queries.size(),
				Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	/**
	 * Starts a server on the folder {@code args[0]} (Bolt on a free loopback port) and stops
	 * it: Neo4j's own start on this machine, with nothing else in the process, which
	 * {@code bench/startup.sh} compares the service's start with.
	 */
	public static void main(String[] args) {
		try (EmbeddedNeo4j neo4j = start(Path.of(args[0]), "127.0.0.1", 0, "")) {
			log.info("Started alone: {}", neo4j.boltUri());
		}
	}

	/** Where clients reach it: {@code bolt://host:port}. */
	public URI boltUri() {
		return this.boltUri;
	}

	/** The folder holding the database files. */
	public Path home() {
		return this.home;
	}

	/** The default database, for what only the process that hosts it can do. */
	GraphDatabaseAPI database() {
		return (GraphDatabaseAPI) this.service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	@Override
	public void close() {
		long started = System.nanoTime();
		this.service.shutdown();
		log.info("Embedded Neo4j stopped in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

}
