/**
 * `node dist/healthcheck.js`: the container's HEALTHCHECK, without curl or wget in the image. Exit 0 when
 * GET /healthz answers 200 within 2 s, 1 otherwise. HEALTHCHECK_URL says where; by default HTTP mode's
 * own port (HTTP_PORT, 8080); gateway mode sets it to its METRICS_PORT (9091).
 */
const url = process.env.HEALTHCHECK_URL || `http://127.0.0.1:${process.env.HTTP_PORT || '8080'}/healthz`;

try {
  const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
  process.exit(res.status === 200 ? 0 : 1);
} catch {
  process.exit(1);
}
