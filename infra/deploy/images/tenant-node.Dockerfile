# A tenant node, from the jar the build makes (mvn -B package -DskipTests): which cities it serves
# comes from /config/application.yaml. Built from the repository's root:
# docker build -f infra/deploy/images/tenant-node.Dockerfile .
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 market
COPY tenant-node/target/tenant-node-exec.jar /opt/market/tenant-node.jar
USER 10001
EXPOSE 8081
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/opt/market/tenant-node.jar", "--spring.config.additional-location=optional:file:/config/"]
