-- Paces requests to WITHHOLD_BENCH_RATE per second in all (split across wrk's threads), to
-- measure latency at a given load rather than at saturation. Each thread hands out send slots
-- at even intervals; a connection waits for its slot after each response. With 64 connections
-- and answers well under the interval times 64, the schedule holds.
local ffi = require("ffi")
ffi.cdef[[
  typedef struct { long tv_sec; long tv_usec; } pace_timeval;
  int gettimeofday(pace_timeval *tv, void *tz);
]]
local tv = ffi.new("pace_timeval")
local function now_ms()
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
end

local pace_rate = tonumber(os.getenv("WITHHOLD_BENCH_RATE") or "0")
local pace_threads = tonumber(os.getenv("WITHHOLD_BENCH_THREADS") or "1")
local pace_next = nil

function delay()
  if pace_rate <= 0 then
    return 0
  end
  local interval = 1000 * pace_threads / pace_rate
  local now = now_ms()
  local slot = math.max(pace_next or now, now)
  pace_next = slot + interval
  return math.floor(slot - now)
end
