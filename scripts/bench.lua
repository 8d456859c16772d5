-- wrk script for scripts/bench: replays the signed Twilio webhooks written by `loop turns`.
--
--   wrk -t T -c C -d 10s -s scripts/bench.lua URL -- TURNS_FILE OFFSET T
--
-- Thread i sends lines OFFSET+i, OFFSET+i+T, ... in order, wrapping at the end. The file holds
-- calls interleaved turn by turn, so with far fewer connections than calls no two turns of one
-- call are in flight at once. done() prints one machine-readable RESULT line.

local requests = {}
local index, step = 1, 1
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot open the turns file " .. tostring(args[1]))
  for line in file:lines() do
    local path, signature, body = line:match("^([^\t]*)\t([^\t]*)\t(.*)$")
    if path then
      requests[#requests + 1] = wrk.format("POST", path, {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["User-Agent"] = "TwilioProxy/1.1",
        ["X-Twilio-Signature"] = signature,
      }, body)
    end
  end
  file:close()
  step = tonumber(args[3] or "1")
  index = (tonumber(args[2] or "0") + (id or 1) - 1) % #requests + 1
end

function request()
  local r = requests[index]
  index = index + step
  if index > #requests then index = index - #requests end
  return r
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d socket_errors=%d non2xx=%d p50_us=%d p99_us=%d\n",
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99)))
end
