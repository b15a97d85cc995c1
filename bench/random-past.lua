-- wrk: requests PATTERN (a Lua format string with one %d per range) with a random number from each
-- range of RANGES, e.g. "120:100119,0:2479": a revision, then an offset. A range written "+a:b"
-- counts from the number before it: "120:99119,+1000:1000" asks for two revisions 1,000 apart, as
-- a diff's from and to. With SORTED=1 the numbers go in ascending order: "120:100119,120:100119"
-- then asks for any two revisions, the earlier first. With STATUSES=1, done() prints how many
-- answers had each status, one "status N COUNT" line each (wrk then hands every body to Lua, so
-- only reads that are not snapshot hits by the ten thousand a second ask for it).
local pattern = os.getenv("PATTERN")
local sorted = os.getenv("SORTED") == "1"
local ranges = {}
for range in string.gmatch(os.getenv("RANGES"), "[^,]+") do
  local relative, low, high = string.match(range, "^(%+?)(%d+):(%d+)$")
  ranges[#ranges + 1] = {relative == "+", tonumber(low), tonumber(high)}
end
math.randomseed(os.time())
request = function()
  local numbers, previous = {}, 0
  for _, range in ipairs(ranges) do
    previous = (range[1] and previous or 0) + math.random(range[2], range[3])
    numbers[#numbers + 1] = previous
  end
  if sorted then
    table.sort(numbers)
  end
  return wrk.format("GET", string.format(pattern, unpack(numbers)))
end

if os.getenv("STATUSES") == "1" then
  package.path = "bench/?.lua;" .. package.path
  local counts = require("status-counts")
  local threads = {}
  function setup(thread)
    table.insert(threads, thread)
  end
  statuses = {}
  response = function(status, headers, body)
    counts.add(status)
  end
  done = function(summary, latency, requests)
    counts.report(threads)
  end
end
