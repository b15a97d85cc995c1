-- wrk: REQUESTS anonymous GETs in all, shared by THREADS threads, each one distinct: a query of
-- about 3.8 KB that looks valid (a known filter value repeated, then parameters the API does not
-- know, one of them numbering the request) and an Accept-Encoding of about 15 KB, both under the
-- HTTP layer's limits (4 KiB request line, 20 KiB of headers), spread over several endpoints.
-- With SHAPE=valid, each read is instead one the API accepts and answers in full, so that every
-- answer is a new entry for the response snapshots: two to ten crates compared in a random order,
-- and exports filtered by a random order of categories, each with the same ~15 KB Accept-Encoding.
-- Each thread stops after its share and leaves a file in FINISHED; done() prints how many answers
-- had each status, one "status N COUNT" line each.
local share = math.ceil(tonumber(os.getenv("REQUESTS")) / tonumber(os.getenv("THREADS")))
-- each path with the valid-looking start of its queries: a list filter's value repeated, or a
-- single-valued parameter repeated (the first one counts)
local endpoints = {
  {"/api/v1/crates", "maturity=" .. string.rep("mature,", 180) .. "mature"},
  {"/api/v1/exports/byor-json", "ring=" .. string.rep("adopt,", 200) .. "adopt"},
  {"/api/v1/crates/tokio", string.rep("lang=en&", 150) .. "lang=en"},
  {"/api/v1/categories", string.rep("limit=20&", 130) .. "limit=20"},
  {"/api/v1/compare", "crates=tokio,tonic&" .. string.rep("lang=zh&", 150) .. "lang=zh"},
}
local query_length = 3800
local encoding_length = 15000
local alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"

package.path = "bench/?.lua;" .. package.path
local counts = require("status-counts")
local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

local sent, answered = 0, 0
statuses = {}

function init(args)
  math.randomseed(id * 7919)
end

local function junk(length)
  local chars = {}
  for i = 1, length do
    local k = math.random(1, #alphabet)
    chars[i] = alphabet:sub(k, k)
  end
  return table.concat(chars)
end

local function padded(parts, length, filler)
  local text = table.concat(parts)
  local more = {text}
  local size = #text
  local i = 0
  while size < length do
    i = i + 1
    local piece = filler(i)
    more[#more + 1] = piece
    size = size + #piece
  end
  return table.concat(more):sub(1, length)
end

local crates = {"tokio", "tonic", "axum", "actix-web", "warp", "rocket", "raft-rs",
  "temporal-sdk-rust", "actix", "lunatic", "lapin", "rdkafka", "async-nats", "sqlx", "diesel",
  "redis-rs", "kube-rs"}
local categories = {"async-runtime", "rpc", "consensus", "workflow", "actors", "message-queues",
  "databases", "cloud-native"}
local exports = {"markdown", "byor-json", "backstage-tech-radar", "mermaid-mindmap"}

-- n different names from the list, in a random order
local function shuffled(names, n)
  local copy = {}
  for i, name in ipairs(names) do copy[i] = name end
  for i = #copy, 2, -1 do
    local j = math.random(1, i)
    copy[i], copy[j] = copy[j], copy[i]
  end
  return table.concat(copy, ",", 1, n)
end

local function valid()
  local lang = math.random(2) == 1 and "en" or "zh"
  if sent % 2 == 0 then
    return "/api/v1/compare?lang=" .. lang .. "&crates=" .. shuffled(crates, math.random(2, 10))
  end
  return "/api/v1/exports/" .. exports[math.random(#exports)] .. "?lang=" .. lang
    .. "&category=" .. shuffled(categories, math.random(2, #categories))
end

request = function()
  sent = sent + 1
  if os.getenv("SHAPE") == "valid" then
    local encoding = padded({"gzip, deflate;q=0.9, identity;q=0.5"}, encoding_length, function(i)
      return ", x-" .. id .. "-" .. sent .. "-" .. i .. ";q=0.001"
    end)
    return wrk.format("GET", valid(), {["Accept-Encoding"] = encoding})
  end
  local endpoint = endpoints[(sent + id) % #endpoints + 1]
  local query = padded({endpoint[2], "&request=", id, "-", sent}, query_length, function(i)
    return "&utm_" .. junk(6) .. "=" .. junk(40)
  end)
  local encoding = padded({"gzip, deflate;q=0.9, identity;q=0.5"}, encoding_length, function(i)
    return ", x-" .. id .. "-" .. sent .. "-" .. i .. ";q=0.001"
  end)
  return wrk.format("GET", endpoint[1] .. "?" .. query, {["Accept-Encoding"] = encoding})
end

response = function(status, headers, body)
  counts.add(status)
  answered = answered + 1
  if answered == share then
    -- wrk runs for its whole duration whatever its threads do: a file per finished thread tells
    -- the script when to interrupt it, which still reports
    io.open(os.getenv("FINISHED") .. "/thread-" .. id, "w"):close()
    wrk.thread:stop()
  end
end

done = function(summary, latency, requests)
  counts.report(threads)
end
