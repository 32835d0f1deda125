# The service image docker-compose.yml builds. The seeds are baked in: the service loads
# them into the configured Neo4j at start when they changed.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/vinculos.jar vinculos.jar
COPY seeds seeds
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx1g", "-XX:G1PeriodicGCInterval=10000", "-jar", "vinculos.jar"]
