# Parley: build with Maven, run on a JRE as a non-root user.
#   docker build -t parley .                                   # embedded H2 in /data (the default)
#   docker build --build-arg DB_KIND=postgresql -t parley-pg . # PostgreSQL (see README: "Run it on PostgreSQL")

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY seeds seeds
COPY openapi openapi
ARG DB_KIND=h2
RUN mvn -B -q package -DskipTests -Dquarkus.datasource.db-kind=${DB_KIND}

FROM eclipse-temurin:17-jre
RUN groupadd --system parley && useradd --system --gid parley --home-dir /app parley \
    && mkdir -p /app /data && chown parley:parley /data
WORKDIR /app
# The layers change least often first: dependencies, then Quarkus' own, then the application.
COPY --from=build --chown=parley:parley /build/target/quarkus-app/lib/ /app/lib/
COPY --from=build --chown=parley:parley /build/target/quarkus-app/quarkus/ /app/quarkus/
COPY --from=build --chown=parley:parley /build/target/quarkus-app/app/ /app/app/
COPY --from=build --chown=parley:parley /build/target/quarkus-app/quarkus-run.jar /app/quarkus-run.jar
USER parley
# A small heap that grows only as needed and shrinks back, and two malloc arenas: RSS about half of the JVM's
# defaults on two cores, at the same throughput (README, "Benchmark it").
ENV PARLEY_DATA_DIR=/data \
    JAVA_OPTS="-Xmx512m -XX:+UseSerialGC -Xms32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30" \
    MALLOC_ARENA_MAX=2
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
