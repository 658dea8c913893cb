# syntax=docker/dockerfile:1
# Two stages: the first installs everything and compiles (README: `npm ci`, `npm run build`), then drops the
# dev dependencies; the second carries only node_modules, dist/, knowledge/ and the Slack manifest and runs as
# the `node` user.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 builds from source when no prebuilt binary matches the platform.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=3000 \
    HEALTH_PORT=8081 \
    AIECON_DB=/data/aiecon.db
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY knowledge ./knowledge
# OAuth mode reads the bot scopes the install asks for from the manifest.
COPY slack/manifest.json ./slack/manifest.json
# One answer at build time fills the validated-knowledge cache (node_modules/.cache/aiecon-knowledge), which the
# bot cannot write at run time: starts then read it instead of parsing and validating every file.
RUN node dist/cli/ask.js "what did GPT-4 cost?" > /dev/null
# Code stays root-owned (read-only to the bot); only the SQLite folder is writable.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000 8081
# Liveness on the health port, which every mode serves (Slack HTTP, Socket Mode, Discord-only).
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.HEALTH_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# What `npm start` runs once built, without npm in between: SIGTERM (drain) and SIGHUP (reload) reach the bot.
CMD ["node", "dist/main.js"]
