package mx.vinculos.security;

/**
 * Roles, each including the one before it: a CURADOR can do all an ANALISTA can, and so on.
 */
public enum Role {

	/** Reads pages and the query API (GET /api/** except Cypher). */
	LECTOR,
	/** Also the Cypher endpoint and exports. */
	ANALISTA,
	/** Also whatever changes the graph: loading reports, review. */
	CURADOR,
	/** Everything, the actuator included. */
	ADMIN;

	static String hierarchy() {
		return "ROLE_ADMIN > ROLE_CURADOR\nROLE_CURADOR > ROLE_ANALISTA\nROLE_ANALISTA > ROLE_LECTOR";
	}

}
