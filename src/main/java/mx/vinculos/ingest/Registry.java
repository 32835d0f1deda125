package mx.vinculos.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The registry of entities ({@code entities.yaml}) as the drafter's gazetteer. */
final class Registry {

	/** One registry entry. */
	record Entity(String id, String type, String name, List<String> aliases, String parent, String country) {
	}

	private final Map<String, Entity> entities;

	private Registry(Map<String, Entity> entities) {
		this.entities = entities;
	}

	static Registry load(Path seedsDir) {
		Path file = seedsDir.resolve("entities.yaml");
		Map<String, Entity> out = new LinkedHashMap<>();
		if (!Files.isRegularFile(file)) {
			return new Registry(out);
		}
		for (Object o : asList(yaml(file))) {
			if (o instanceof Map<?, ?> m && m.get("id") != null) {
				List<String> aliases = new ArrayList<>();
				asList(m.get("aliases")).forEach(a -> aliases.add(String.valueOf(a)));
				out.put(String.valueOf(m.get("id")),
						new Entity(String.valueOf(m.get("id")), String.valueOf(m.get("type")),
								String.valueOf(m.get("name")), aliases, str(m.get("parent")), str(m.get("country"))));
			}
		}
		return new Registry(out);
	}

	/**
	 * The registry as if report {@code reportId} had never been curated: without every
	 * entity that only that report's file refers to (leave-one-out).
	 */
	Registry forget(Path seedsDir, String reportId) {
		Path own = seedsDir.resolve(reportId + ".yaml");
		if (!Files.isRegularFile(own)) {
			throw new IngestException("No hay informe curado " + reportId + " en " + seedsDir
					+ " / no curated report " + reportId + " to forget");
		}
		Set<String> mine = references(yaml(own));
		Set<String> others = new HashSet<>();
		try (Stream<Path> files = Files.list(seedsDir)) {
			for (Path p : files.filter(p -> p.getFileName().toString().matches("informe-.+\\.ya?ml"))
				.filter(p -> !p.equals(own))
				.toList()) {
				others.addAll(references(yaml(p)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// what other entries of the registry hang on (parents, countries) stays known
		Set<String> kept = new HashSet<>(others);
		for (Entity e : this.entities.values()) {
			if (!mine.contains(e.id()) || others.contains(e.id())) {
				if (e.parent() != null) {
					kept.add(e.parent());
				}
			}
		}
		Map<String, Entity> out = new LinkedHashMap<>();
		for (Entity e : this.entities.values()) {
			if (!mine.contains(e.id()) || kept.contains(e.id())) {
				out.put(e.id(), e);
			}
		}
		return new Registry(out);
	}

	Collection<Entity> all() {
		return this.entities.values();
	}

	Entity get(String id) {
		return this.entities.get(id);
	}

	boolean contains(String id) {
		return this.entities.containsKey(id);
	}

	int size() {
		return this.entities.size();
	}

	/** Every entity id a report file refers to, wherever it stands. */
	static Set<String> references(Object doc) {
		Set<String> ids = new HashSet<>();
		if (!(doc instanceof Map<?, ?> d)) {
			return ids;
		}
		for (Object ev : asList(d.get("events"))) {
			if (ev instanceof Map<?, ?> e) {
				if (e.get("heldIn") instanceof Map<?, ?> h) {
					addRefs(ids, h.get("entity"));
				}
				for (Object p : asList(e.get("participants"))) {
					if (p instanceof Map<?, ?> pm) {
						addRefs(ids, pm.get("entity"));
					}
				}
			}
		}
		for (Object r : asList(d.get("relationships"))) {
			if (r instanceof Map<?, ?> rm) {
				addRefs(ids, rm.get("from"));
				if (!"PARTICIPATED_IN".equals(rm.get("type"))) {
					addRefs(ids, rm.get("to"));
				}
			}
		}
		return ids;
	}

	private static void addRefs(Set<String> ids, Object ref) {
		if (ref instanceof Collection<?> c) {
			c.forEach(o -> ids.add(String.valueOf(o)));
		}
		else if (ref != null) {
			ids.add(String.valueOf(ref));
		}
	}

	static Object yaml(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<?> asList(Object o) {
		return o instanceof List<?> l ? l : List.of();
	}

	private static String str(Object o) {
		return o == null ? null : String.valueOf(o);
	}

}
