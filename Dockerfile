# The register's API and web pages. Build: node 20 with the toolchains the native modules (better-sqlite3,
# argon2) and the web build need; run: the same Debian release, slim, with production dependencies only.
FROM node:20-bookworm AS build
WORKDIR /app
COPY . .
# npm ci also builds the web pages (postinstall: build:web).
RUN npm ci && npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production DATA_DIR=/data PORT=3000
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/web/dist ./apps/web/dist
# Read models and the generated JWT secret live in DATA_DIR; a named volume mounted there keeps this owner.
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
