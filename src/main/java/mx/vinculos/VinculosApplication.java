package mx.vinculos;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Vínculos: a source-cited graph of Mexico City's international relationships. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VinculosApplication {

	public static void main(String[] args) {
		SpringApplication.run(VinculosApplication.class, args);
	}

}
