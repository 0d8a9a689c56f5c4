-- POST /api/v1/objections/{id}/verify with the real code of a request made earlier in the run
-- (bench/load/codes.py reads them from the .eml files). Each request confirms a different one.
local pairs_file = os.getenv("WITHHOLD_BENCH_CODES")
local threads = {}
local ids, codes = {}, {}
local next_pair = 0
local thread_id, thread_count = 0, 1

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  -- A thread may start before the next is set up, so the count comes from run.sh.
  thread_id, thread_count = id, tonumber(os.getenv("WITHHOLD_BENCH_THREADS") or "2")
  for line in io.lines(pairs_file) do
    local ident, code = line:match("^(%S+) (%d+)$")
    if ident then table.insert(ids, ident); table.insert(codes, code) end
  end
  next_pair = thread_id
end

request = function()
  next_pair = next_pair + thread_count
  local i = (next_pair % #ids) + 1
  return wrk.format("POST", "/api/v1/objections/" .. ids[i] .. "/verify",
    { ["Content-Type"] = "application/json" }, string.format('{"code":"%s"}', codes[i]))
end
