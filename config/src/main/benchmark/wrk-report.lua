-- load.sh: the figures of one wrk run on one line, "RESULT requests req/s p50 p95 p99 errors" (milliseconds; errors =
-- socket errors, timeouts and answers of 400 or more). Each case's request script is appended to this one.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %.1f %.1f %.1f %.1f %d\n", summary.requests,
    summary.requests / (summary.duration / 1000000), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, e.connect + e.read + e.write + e.status + e.timeout))
end
