-- load.sh: the figures of one wrk run on one line, "RESULT requests req/s p50 p95 p99 errors" (milliseconds; errors =
-- socket errors, timeouts and answers of 400 or more). Each case's request script is appended to this one.
-- With BENCH_HISTOGRAM set, the run also appends its latency histogram ("L microseconds count" lines) and its totals
-- ("S requests duration-microseconds errors") to that file, for load.sh to merge the slices of a case measured in turns.
done = function(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format("RESULT %d %.1f %.1f %.1f %.1f %d\n", summary.requests,
    summary.requests / (summary.duration / 1000000), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, errors))
  local file = os.getenv("BENCH_HISTOGRAM")
  if file then
    local f = assert(io.open(file, "a"))
    for i = 1, #latency do
      local value, count = latency(i)
      f:write(string.format("L %d %d\n", value, count))
    end
    f:write(string.format("S %d %d %d\n", summary.requests, summary.duration, errors))
    f:close()
  end
end
