# syntax=docker/dockerfile:1
# Build: the official Swift 6 toolchain image.
FROM swift:6.3-noble AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends libxml2-dev libsqlite3-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /build
# Resolve dependencies in their own layer so source edits don't refetch them.
COPY Package.swift ./
RUN swift package resolve
COPY Sources ./Sources
COPY Plugins ./Plugins
COPY Tests ./Tests
RUN swift build -c release --product professor-lock --static-swift-stdlib \
    && mkdir -p /staging \
    && cp "$(swift build -c release --show-bin-path)/professor-lock" /staging/ \
    && cp -R "$(swift build -c release --show-bin-path)/professor-lock_ProfessorLock.resources" /staging/

# Run: a slim image with only the shared libraries the binary needs.
FROM ubuntu:noble
RUN apt-get update \
    && apt-get install -y --no-install-recommends libxml2 ca-certificates tzdata \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /app --shell /usr/sbin/nologin professor
WORKDIR /app
COPY --from=build /staging/ /app/
COPY tools.json /app/tools.json
RUN mkdir -p /app/data && chown -R professor /app/data
USER professor
ENV PORT=8080
EXPOSE 8080
# Listens on all interfaces inside the container; configure auth (SUPABASE_*) for public deployments.
ENTRYPOINT ["/app/professor-lock", "serve", "--host", "0.0.0.0"]
