/**
 * Drafting a new report: its PDF becomes line-stable text, hand-written rules and the
 * registry (as gazetteer) turn the text into a draft in the seed format, every item citing
 * line and quote and marked {@code review: pending} until a curator decides. Runs as a
 * command, without the web server or Neo4j.
 */
package mx.vinculos.ingest;
