FROM python:3.12-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY events ./events
COPY workers ./workers
COPY seeds ./seeds
RUN pip install --no-cache-dir .
USER nobody
CMD ["sitrep", "run", "worker"]
