-- wrk: requests PATH followed by after=<a cursor at a random place in the document's order>: a
-- category position from 1 to CATEGORIES, a crate position from 1 to POSITIONS, any id. The
-- service's cursors are base64url("categoryPosition.position.id"), so these are ones it could
-- have given out.
local path = os.getenv("PATH_AND_QUERY")
local categories = tonumber(os.getenv("CATEGORIES"))
local positions = tonumber(os.getenv("POSITIONS"))
local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

local function base64url(text)
  local out = {}
  for i = 1, #text, 3 do
    local a, b, c = text:byte(i, i + 2)
    local n = a * 65536 + (b or 0) * 256 + (c or 0)
    local chars = #text - i + 2 -- how many base64 characters this group needs
    for k = 1, math.min(4, chars) do
      local index = math.floor(n / 64 ^ (4 - k)) % 64
      out[#out + 1] = alphabet:sub(index + 1, index + 1)
    end
  end
  return table.concat(out)
end

math.randomseed(os.time())
request = function()
  local key = string.format("%d.%d.%d", math.random(1, categories), math.random(1, positions),
    math.random(1, 1000000))
  return wrk.format("GET", path .. "&after=" .. base64url(key))
end
