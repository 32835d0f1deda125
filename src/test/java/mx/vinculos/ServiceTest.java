package mx.vinculos;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole service on a random port, with the embedded Neo4j on a free Bolt port and a
 * fresh data folder, loaded from the project's real seeds. Every test class using it with
 * no extra properties shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "vinculos.embedded.bolt-port=0",
				"vinculos.data-dir=${java.io.tmpdir}/vinculos-test-${random.uuid}" })
public @interface ServiceTest {

}
