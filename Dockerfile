# Parley: build with Maven on Java 17, run on a JRE as a non-root user.
#   docker build -t parley .                                   # embedded H2 in /data (the default)
#   docker build --build-arg DB_KIND=postgresql -t parley-pg . # PostgreSQL (see README: "Run it on PostgreSQL")
#   docker build --build-arg JAVA_RUNTIME=25 -t parley .       # a Java 25 JRE and an AOT cache from a training run
#                                                              # (H2): starts 40% sooner, more RSS (README, Deploy it)
ARG JAVA_RUNTIME=17

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY seeds seeds
COPY openapi openapi
ARG DB_KIND=h2
RUN mvn -B -q package -DskipTests -Dquarkus.datasource.db-kind=${DB_KIND}
RUN javac --release 17 -d training src/main/docker/AotTraining.java

FROM eclipse-temurin:${JAVA_RUNTIME}-jre
ARG DB_KIND=h2
ARG JAVA_RUNTIME
RUN groupadd --system parley && useradd --system --gid parley --home-dir /app parley \
    && mkdir -p /app /data && chown parley:parley /data
WORKDIR /app
# The layers change least often first: dependencies, then Quarkus' own, then the application.
COPY --from=build --chown=parley:parley /build/target/quarkus-app/lib/ /app/lib/
COPY --from=build --chown=parley:parley /build/target/quarkus-app/quarkus/ /app/quarkus/
COPY --from=build --chown=parley:parley /build/target/quarkus-app/app/ /app/app/
COPY --from=build --chown=parley:parley /build/target/quarkus-app/quarkus-run.jar /app/quarkus-run.jar
COPY --from=build /build/training/AotTraining.class /build/src/main/docker/aot-train.sh /opt/aot-training/
# A small heap that grows only as needed and shrinks back, and two malloc arenas: RSS about half of the JVM's
# defaults on two cores, at the same throughput (README, "Benchmark it"). Lucene maps its index through the FFM API
# on Java 21 and newer.
ENV PARLEY_DATA_DIR=/data \
    JAVA_OPTS="-Xmx512m -XX:+UseSerialGC -Xms32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 --enable-native-access=ALL-UNNAMED" \
    MALLOC_ARENA_MAX=2
# On Java 25, the AOT cache's training run (JEP 483/514/515), as root since the cache goes into /app
# (src/main/docker/aot-train.sh): the service on a throwaway data folder, walked through writes, an import and every
# kind of read by AotTraining, then stopped, which writes the cache. A failed walk fails the build. The cache serves
# only this JRE and these jars: it is made with every image. PostgreSQL images have none (training needs a database).
RUN if [ "$DB_KIND" = h2 ] && [ "$JAVA_RUNTIME" -ge 25 ]; then \
      sh /opt/aot-training/aot-train.sh /app /app/parley.aot /opt/aot-training; \
    fi
USER parley
VOLUME /data
EXPOSE 8080
# Without a cache (Java 17, PostgreSQL), the JVM starts as it would without the option.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS $([ -f /app/parley.aot ] && echo -XX:AOTCache=/app/parley.aot) -jar /app/quarkus-run.jar"]
