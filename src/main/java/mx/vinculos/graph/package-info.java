/**
 * The graph's schema, kept as versioned Cypher migrations under {@code graph/migrations} and
 * applied at start-up (also against an external server), the start-up sequence that brings
 * the graph to the state the seeds describe and stores the global figures connect ranks with,
 * and the bounded reads every answer is computed with (one read transaction per answer).
 */
package mx.vinculos.graph;
