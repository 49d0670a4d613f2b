# The hub, from the jar the build makes (mvn -B package -DskipTests), with the web front end in it.
# Built from the repository's root: docker build -f infra/deploy/images/hub.Dockerfile .
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 market
COPY hub/target/hub.jar /opt/market/hub.jar
USER 10001
EXPOSE 8080
# the heap from the container's memory limit: measured at 40-50 MiB live, 384 MiB is ample (BENCHMARKS.md)
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/opt/market/hub.jar", "--spring.config.additional-location=optional:file:/config/"]
