-- wrk: requests PATTERN (a Lua format string with one %d) with each number from BASE to
-- BASE + N - 1 once, in an order that jumps (the k-th request takes k * STEP, modulo N, from a random
-- start; STEP shares no factor with N), the threads (THREADS of them, as wrk's -t) taking every
-- THREADS-th request each: a run of fewer than N requests never repeats one, so none is answered
-- from a snapshot, which is kept only for a read asked before, and a run's numbers are spread over
-- the whole range rather than a stretch of it.
local started = 0
local first = nil

function setup(thread)
  first = first or math.random(0, tonumber(os.getenv("N")) - 1)
  thread:set("id", started)
  thread:set("start", first)
  started = started + 1
end

function init(args)
  pattern = os.getenv("PATTERN")
  n = tonumber(os.getenv("N"))
  base = tonumber(os.getenv("BASE") or "0")
  stride = tonumber(os.getenv("THREADS"))
  step = 7919 -- a prime: it shares no factor with N unless it divides it
  sent = 0
end

function request()
  local number = (start + (id + sent * stride) * step) % n
  sent = sent + 1
  return wrk.format("GET", string.format(pattern, base + number))
end
