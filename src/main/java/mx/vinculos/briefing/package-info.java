/**
 * The answers protocol staff and strategists ask for: a briefing on a visiting delegation
 * (JSON, Markdown, printable HTML), an entity's timeline, and the agreements and funding on
 * record, every claim carrying the report line it comes from.
 */
package mx.vinculos.briefing;
