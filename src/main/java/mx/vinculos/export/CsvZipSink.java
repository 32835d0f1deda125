package mx.vinculos.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip of {@code nodes.csv} ({@code id}, {@code labels}, then one column per node
 * property) and {@code edges.csv} ({@code from}, {@code to}, {@code type}, then one
 * column per edge property): RFC 4180, UTF-8. The endpoints are {@code from} and
 * {@code to} because {@code source} is already the evidence's report.
 */
final class CsvZipSink implements GraphSink {

	private final ZipOutputStream zip;

	private final Writer csv;

	private List<Column> nodeColumns;

	private List<Column> edgeColumns;

	CsvZipSink(OutputStream out) {
		this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		this.csv = new OutputStreamWriter(this.zip, StandardCharsets.UTF_8);
	}

	@Override
	public void begin(List<Column> nodeColumns, List<Column> edgeColumns) throws IOException {
		this.nodeColumns = nodeColumns.stream().filter(c -> !c.name().equals("id")).toList();
		this.edgeColumns = edgeColumns;
		this.zip.putNextEntry(new ZipEntry("nodes.csv"));
		List<String> header = new ArrayList<>(List.of("id", "labels"));
		this.nodeColumns.forEach(c -> header.add(c.name()));
		row(header);
	}

	@Override
	public void node(String id, List<String> labels, Map<String, Object> properties) throws IOException {
		List<String> cells = new ArrayList<>(List.of(id, GraphSink.labels(labels)));
		this.nodeColumns.forEach(c -> cells.add(GraphSink.text(properties.get(c.name()))));
		row(cells);
	}

	@Override
	public void startEdges() throws IOException {
		this.csv.flush();
		this.zip.closeEntry();
		this.zip.putNextEntry(new ZipEntry("edges.csv"));
		List<String> header = new ArrayList<>(List.of("from", "to", "type"));
		this.edgeColumns.forEach(c -> header.add(c.name()));
		row(header);
	}

	@Override
	public void edge(String from, String to, String type, Map<String, Object> properties) throws IOException {
		List<String> cells = new ArrayList<>(List.of(from, to, type));
		this.edgeColumns.forEach(c -> cells.add(GraphSink.text(properties.get(c.name()))));
		row(cells);
	}

	private void row(List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				this.csv.write(',');
			}
			String cell = cells.get(i);
			if (cell == null) {
				continue;
			}
			if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
				this.csv.write('"');
				this.csv.write(cell.replace("\"", "\"\""));
				this.csv.write('"');
			}
			else {
				this.csv.write(cell);
			}
		}
		this.csv.write("\r\n");
	}

	@Override
	public void end() throws IOException {
		this.csv.flush();
		this.zip.closeEntry();
		this.zip.finish();
	}

}
