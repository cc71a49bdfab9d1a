# syntax=docker/dockerfile:1
# Build a static binary, then ship it alone on a distroless base as non-root.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/loandesk ./cmd/loandesk \
 && mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/loandesk /loandesk
# The embedded store lives here, writable by the nonroot user; mount a volume to keep it.
COPY --from=build --chown=65532:65532 /out/data /var/lib/loandesk
WORKDIR /var/lib/loandesk
ENV LOANDESK_DATA_DIR=/var/lib/loandesk LOANDESK_ADDR=:8080 LOANDESK_METRICS_ADDR=:9090
EXPOSE 8080 9090
USER nonroot:nonroot
ENTRYPOINT ["/loandesk"]
CMD ["serve"]
