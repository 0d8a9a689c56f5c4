-- POST /api/v1/objections with a new address each time.
local counter = 0
local thread_id = 0
local threads = {}

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
  local body = string.format('{"country":"DE","email":"load-%d-%d-%d-%d@example.com"}', run_stamp, thread_id, counter, math.random(1, 1000000000))
  return wrk.format("POST", "/api/v1/objections", { ["Content-Type"] = "application/json" }, body)
end
