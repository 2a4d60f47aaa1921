-- wrk script: requests the paths listed in the file $PATHS in turn (each thread from its own place), with the
-- headers in $HEADERS (one "Name: value" per line) on every request.
local paths = {}
local counter = 0

function init(args)
  for line in io.lines(os.getenv("PATHS")) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  counter = math.random(#paths)
  for header in (os.getenv("HEADERS") or ""):gmatch("[^\n]+") do
    local name, value = header:match("^([^:]+):%s*(.*)$")
    wrk.headers[name] = value
  end
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end
