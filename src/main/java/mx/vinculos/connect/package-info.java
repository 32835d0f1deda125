/**
 * Connect: which partners, events and projects tie a few entities together, ranked so that
 * what ties all of them beats what ties some, and a specific tie beats a hub.
 */
package mx.vinculos.connect;
