package mx.vinculos.curation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mx.vinculos.graph.Names;

/**
 * The registry ({@code entities.yaml} of the seeds folder) as the review needs it: an
 * entity by id, by any of its names (folded, so "Bogota" finds "Bogotá"), and a search.
 */
final class KnownEntities {

	record Entity(String id, String type, String name, List<String> aliases, boolean place) {
	}

	private static volatile KnownEntities cached;

	private static volatile long cachedStamp;

	private static volatile Path cachedPath;

	private final Map<String, Entity> byId = new LinkedHashMap<>();

	private final Map<String, List<String>> byName = new LinkedHashMap<>();

	private KnownEntities(Object doc) {
		if (doc instanceof List<?> l) {
			for (Object o : l) {
				if (o instanceof Map<?, ?> m && m.get("id") != null) {
					List<String> aliases = new ArrayList<>();
					if (m.get("aliases") instanceof List<?> a) {
						a.forEach(x -> aliases.add(String.valueOf(x)));
					}
					if (m.get("externalAliases") instanceof List<?> a) {
						a.forEach(x -> {
							if (x instanceof Map<?, ?> xm && xm.get("alias") != null) {
								aliases.add(String.valueOf(xm.get("alias")));
							}
						});
					}
					Entity e = new Entity(String.valueOf(m.get("id")), String.valueOf(m.get("type")),
							String.valueOf(m.get("name")), aliases, Boolean.TRUE.equals(m.get("place")));
					this.byId.put(e.id(), e);
					index(e.name(), e.id());
					aliases.forEach(a -> index(a, e.id()));
				}
			}
		}
	}

	private void index(String name, String id) {
		List<String> ids = this.byName.computeIfAbsent(Names.fold(name), k -> new ArrayList<>());
		if (!ids.contains(id)) {
			ids.add(id);
		}
	}

	/** The registry of a seeds folder, read again only when the file changed. */
	static KnownEntities of(Path seeds) {
		Path file = seeds.resolve("entities.yaml");
		try {
			long stamp = Files.isRegularFile(file) ? Files.getLastModifiedTime(file).toMillis() + Files.size(file) : -1;
			KnownEntities k = cached;
			if (k != null && stamp == cachedStamp && file.equals(cachedPath)) {
				return k;
			}
			k = new KnownEntities(stamp < 0 ? null : CurationStore.read(file));
			cached = k;
			cachedStamp = stamp;
			cachedPath = file;
			return k;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	Entity get(String id) {
		return id == null ? null : this.byId.get(id);
	}

	/** Ids whose name or alias folds to the same key as {@code name}. */
	List<String> named(String name) {
		return this.byName.getOrDefault(Names.fold(name), List.of());
	}

	/** Entities whose folded name or alias contains every folded word of the query (at most {@code limit}). */
	List<Entity> search(String query, int limit) {
		String q = Names.fold(query == null ? "" : query).strip();
		if (q.isEmpty()) {
			return List.of();
		}
		String[] words = q.split("\\s+");
		List<Entity> out = new ArrayList<>();
		for (Entity e : this.byId.values()) {
			List<String> names = new ArrayList<>(e.aliases());
			names.add(e.name());
			names.add(e.id());
			boolean hit = names.stream().map(Names::fold).anyMatch(n -> {
				for (String w : words) {
					if (!n.contains(w)) {
						return false;
					}
				}
				return true;
			});
			if (hit) {
				out.add(e);
				if (out.size() >= limit) {
					break;
				}
			}
		}
		return out;
	}

}
