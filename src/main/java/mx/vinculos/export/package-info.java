/**
 * Downloads of the graph for analysts' tools: {@code GET /api/export} as GraphML (Gephi,
 * networkx, yEd) or as a zip of {@code nodes.csv} and {@code edges.csv}, the whole graph or
 * a subject's scope within a period, streamed from Neo4j record by record.
 */
package mx.vinculos.export;
