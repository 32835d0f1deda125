/**
 * The analysts' read-only Cypher endpoint, {@code POST /api/cypher}: any query that would
 * write is refused before it runs, and every query runs in a read transaction with a row cap
 * and a timeout.
 */
package mx.vinculos.cypher;
