package mx.vinculos.cypher;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param rowCap most rows one answer carries; more sets {@code truncated}
 * @param timeout how long one query may run
 */
@ConfigurationProperties("vinculos.cypher")
public record CypherProperties(@DefaultValue("10000") int rowCap, @DefaultValue("10s") Duration timeout) {
}
