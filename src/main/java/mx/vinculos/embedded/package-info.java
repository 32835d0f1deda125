/**
 * The in-process Neo4j server that makes a fresh clone runnable with one command. It starts
 * only when no external server is configured ({@code spring.neo4j.uri} / {@code NEO4J_URI} empty)
 * and then hands Spring Boot the same {@code Neo4jConnectionDetails} an external server would
 * have, so the driver, Spring Data Neo4j and analysts' Bolt clients all speak Bolt to it.
 */
package mx.vinculos.embedded;
