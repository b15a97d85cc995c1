-- wrk: requests PATTERN (a Lua format string with one %d) with a random number from BASE
-- (default 0) to BASE + N - 1 each time, so that requests in a row rarely read the same snapshot.
local pattern = os.getenv("PATTERN")
local n = tonumber(os.getenv("N"))
local base = tonumber(os.getenv("BASE") or "0")
math.randomseed(os.time())
request = function()
  return wrk.format("GET", string.format(pattern, base + math.random(0, n - 1)))
end
