/**
 * Finding entities by what people type: names, aliases and acronyms, case, accents and
 * small typos aside; resolving a name to one entity (or saying which ones it could be);
 * and an entity's profile.
 */
package mx.vinculos.search;
