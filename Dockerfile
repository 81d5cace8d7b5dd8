FROM python:3.11-slim-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg fonts-dejavu-core nodejs npm make \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt ./
RUN python -m venv .venv && .venv/bin/pip install --no-cache-dir -r requirements.txt
COPY . .
RUN bash scripts/setup.sh
ENV PATH="/app/.venv/bin:/app/.tools/node_modules/@oven/bun-linux-x64/bin:$PATH" \
    REFLEX_USE_SYSTEM_BUN=1 REFLEX_TELEMETRY_ENABLED=false REFLEX_CHECK_LATEST_VERSION=0
# The frontend is built here, once, with the public address baked in (the browser's WebSocket
# and API URL); containers only serve it (`serve` never rebuilds).
ARG PUBLIC_URL=http://localhost:8080
ENV PUBLIC_URL=$PUBLIC_URL
RUN python -m udemy_clone build
EXPOSE 3000
CMD ["python", "-m", "udemy_clone", "serve", "--port", "3000"]
