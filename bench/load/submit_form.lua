-- POST /object as a browser does: the CSRF cookie and token come from the environment
-- (bench/load/run.sh fetches them once), each request with a new address.
local counter = 0
local thread_id = 0
local threads = {}
local cookie = os.getenv("WITHHOLD_BENCH_COOKIE")
local token = os.getenv("WITHHOLD_BENCH_CSRF")

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id
  -- A stamp of this run, so each phase's addresses are new (wrk seeds math.random the same way
  -- every run: without it the second phase would repeat the first one's addresses).
  run_stamp = os.time()
end

request = function()
  counter = counter + 1
  local body = string.format("csrf=%s&country=FR&email=form-%d-%d-%d-%d%%40example.com&impact=&details=", token, run_stamp, thread_id, counter, math.random(1, 1000000000))
  return wrk.format("POST", "/object", { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = cookie }, body)
end
