package mx.vinculos.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML (http://graphml.graphdrawing.org), directed. Nodes carry {@code labels}
 * ({@code :Entity:City}), {@code label} (the name, which Gephi shows) and every property but
 * {@code id}, which is the node's GraphML id; edges carry {@code type}, {@code label} (the
 * type again, for Gephi) and every property, evidence ({@code source}, {@code line},
 * {@code quote}) included. Key ids are {@code n.<property>} and {@code e.<property>}.
 */
final class GraphMlSink implements GraphSink {

	private static final String NS = "http://graphml.graphdrawing.org/xmlns";

	private final OutputStream out;

	private XMLStreamWriter xml;

	private List<Column> nodeColumns;

	private List<Column> edgeColumns;

	private long edges;

	GraphMlSink(OutputStream out) {
		this.out = out;
	}

	@Override
	public void begin(List<Column> nodeColumns, List<Column> edgeColumns) throws IOException {
		this.nodeColumns = nodeColumns.stream().filter(c -> !c.name().equals("id")).toList();
		this.edgeColumns = edgeColumns;
		try {
			this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(this.out, "UTF-8");
			this.xml.writeStartDocument("UTF-8", "1.0");
			this.xml.writeCharacters("\n");
			this.xml.writeStartElement("graphml");
			this.xml.writeDefaultNamespace(NS);
			this.xml.writeCharacters("\n");
			key("labels", "node", "labels", "string");
			key("label", "node", "label", "string");
			for (Column c : this.nodeColumns) {
				key("n." + c.name(), "node", c.name(), c.type());
			}
			key("type", "edge", "type", "string");
			key("e.label", "edge", "label", "string");
			for (Column c : this.edgeColumns) {
				key("e." + c.name(), "edge", c.name(), c.type());
			}
			this.xml.writeStartElement("graph");
			this.xml.writeAttribute("id", "vinculos");
			this.xml.writeAttribute("edgedefault", "directed");
			this.xml.writeCharacters("\n");
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
	}

	private void key(String id, String domain, String name, String type) throws XMLStreamException {
		this.xml.writeEmptyElement("key");
		this.xml.writeAttribute("id", id);
		this.xml.writeAttribute("for", domain);
		this.xml.writeAttribute("attr.name", name);
		this.xml.writeAttribute("attr.type", type);
		this.xml.writeCharacters("\n");
	}

	@Override
	public void node(String id, List<String> labels, Map<String, Object> properties) throws IOException {
		try {
			this.xml.writeStartElement("node");
			this.xml.writeAttribute("id", clean(id));
			data("labels", GraphSink.labels(labels));
			data("label", GraphSink.text(properties.getOrDefault("name", id)));
			for (Column c : this.nodeColumns) {
				data("n." + c.name(), GraphSink.text(properties.get(c.name())));
			}
			this.xml.writeEndElement();
			this.xml.writeCharacters("\n");
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
	}

	@Override
	public void startEdges() {
	}

	@Override
	public void edge(String from, String to, String type, Map<String, Object> properties) throws IOException {
		try {
			this.xml.writeStartElement("edge");
			this.xml.writeAttribute("id", "e" + this.edges++);
			this.xml.writeAttribute("source", clean(from));
			this.xml.writeAttribute("target", clean(to));
			data("type", type);
			data("e.label", type);
			for (Column c : this.edgeColumns) {
				data("e." + c.name(), GraphSink.text(properties.get(c.name())));
			}
			this.xml.writeEndElement();
			this.xml.writeCharacters("\n");
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
	}

	private void data(String key, String value) throws XMLStreamException {
		if (value == null) {
			return;
		}
		this.xml.writeStartElement("data");
		this.xml.writeAttribute("key", key);
		this.xml.writeCharacters(clean(value));
		this.xml.writeEndElement();
	}

	/** XML 1.0 cannot carry most control characters, even escaped; the reports have none, but a quote could. */
	private static String clean(String s) {
		return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
	}

	@Override
	public void end() throws IOException {
		try {
			this.xml.writeEndElement();
			this.xml.writeCharacters("\n");
			this.xml.writeEndElement();
			this.xml.writeCharacters("\n");
			this.xml.writeEndDocument();
			this.xml.flush();
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
	}

}
