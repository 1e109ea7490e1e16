FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY . .
# The install step of the README. The spaCy model is one of the project's pip dependencies,
# so nothing is downloaded when a container starts.
RUN pip install .

RUN useradd --system --create-home --uid 10001 diplograph
USER diplograph

EXPOSE 8000
ENTRYPOINT ["diplograph"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8000"]
