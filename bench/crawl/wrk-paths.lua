-- wrk script for the crawler benchmark: GET the page paths listed in $WRK_PATHS (one a line,
-- written by make-site.py), round robin, so that the ceiling is measured on the same pages.
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do
    if #line > 0 then paths[#paths + 1] = line end
end
local i = 0
request = function()
    i = i % #paths + 1
    return wrk.format("GET", paths[i])
end
