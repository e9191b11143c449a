# syntax=docker/dockerfile:1
# The bot in HTTP interactions mode (override CMD with the same flags and dist/main.js for the gateway, and set
# HEALTHCHECK_URL=http://127.0.0.1:9091/healthz). The image runs node on the built bundle directly, as
# PID 1's only child of note: SIGTERM from `docker stop` reaches it, it drains and exits 0.
ARG NODE_VERSION=22

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
# Dependencies first: this layer is reused until the lockfile changes.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
# Two malloc arenas, and blocks of 32 KB or more given back to the system when freed, with the node flags
# of CMD (a 1 MB young generation, V8's smaller heap growth), keep the running bot under 100 MB RSS (README,
# Performance); the start scripts and the systemd unit use the same.
ENV NODE_ENV=production \
    MALLOC_ARENA_MAX=2 \
    MALLOC_MMAP_THRESHOLD_=32768 \
    MALLOC_TRIM_THRESHOLD_=32768 \
    LOG_FORMAT=json \
    HTTP_HOST=0.0.0.0 \
    HTTP_PORT=8080 \
    METRICS_HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/knowledge ./knowledge
COPY --from=build /app/migrations ./migrations
# So that `npm start` in the image works too: it finds dist/ built and runs it (no esbuild needed).
COPY --from=build /app/scripts/build.mjs ./scripts/build.mjs
# The node image's unprivileged user; nothing in /app is writable by it.
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["node", "dist/healthcheck.js"]
# --init-free: node handles SIGTERM/SIGINT itself; use `docker run --init` only to reap stray children.
CMD ["node", "--max-semi-space-size=1", "--optimize-for-size", "dist/http.js"]
