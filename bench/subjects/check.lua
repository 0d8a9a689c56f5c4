-- POST /api/v1/subjects/check with the body in WITHHOLD_BENCH_BODY (10,000 keys) and the token
-- in WITHHOLD_BENCH_TOKEN.
local file = io.open(os.getenv("WITHHOLD_BENCH_BODY"), "r")
local body = file:read("*a")
file:close()
local headers = {
  ["Content-Type"] = "application/json",
  ["Authorization"] = "Bearer " .. os.getenv("WITHHOLD_BENCH_TOKEN"),
}
request = function()
  return wrk.format("POST", "/api/v1/subjects/check", headers, body)
end
