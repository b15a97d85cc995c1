-- Counts the answers of a wrk run by status: each thread adds to its global table `statuses`
-- (add), and done() sums those of every thread and prints one "status N COUNT" line per status
-- (report). Loaded with require from the repository's root, where the benchmarks run wrk.
local counts = {}

function counts.add(status)
  statuses[status] = (statuses[status] or 0) + 1
end

function counts.report(threads)
  local all = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      all[status] = (all[status] or 0) + count
    end
  end
  for status, count in pairs(all) do
    io.write(string.format("status %d %d\n", status, count))
  end
end

return counts
