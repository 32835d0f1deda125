/**
 * The graph's schema, kept as versioned Cypher migrations under {@code graph/migrations} and
 * applied at start-up (also against an external server), and the start-up sequence that
 * brings the graph to the state the seeds describe.
 */
package mx.vinculos.graph;
