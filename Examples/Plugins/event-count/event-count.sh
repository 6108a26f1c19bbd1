#!/bin/sh
# event-count: a baocao external plugin (protocol baocao.plugin/1) in shell.
# The request arrives on stdin, one item per line (docs/plugin-protocol.md):
#   line 1            {"protocol":"baocao.plugin/1","plugin":…,"language":"vi",
#   "period":{…}      the period: its first "start" and "end" are the period's
#   {"key":…}         one line per row of the report, with "units": its subtree
#   [ … ]             one line per row of a table, after the line naming it
# The report is printed to stdout; anything on stderr is shown if it fails.
set -eu

exec awk '
function field(line, name,    rest) {
    # The text of "name":"…" on line (ids and dates hold no quotes).
    if (!match(line, "\"" name "\":\"[^\"]*\"")) return ""
    rest = substr(line, RSTART + length(name) + 4, RLENGTH - length(name) - 5)
    return rest
}
function raw(line, name,    value) {
    # The JSON text of "name":"…" on line, escapes and all, to copy as it is.
    if (!match(line, "\"" name "\":\"([^\"\\\\]|\\\\.)*\"")) return "\"\""
    return substr(line, RSTART + length(name) + 3, RLENGTH - length(name) - 3)
}
NR == 1 {
    if (field($0, "protocol") != "baocao.plugin/1") {
        printf "{\"protocol\":\"baocao.plugin/1\",\"error\":{\"message\":\"event-count speaks baocao.plugin/1 only\"}}\n"
        exit
    }
    language = field($0, "language")
    next
}
/^"period":/ { start = field($0, "start"); end = field($0, "end"); period_text = raw($0, "text"); next }
/^\{"key":/ {
    rows++
    key[rows] = raw($0, "key"); label[rows] = raw($0, "label")
    row_kind[rows] = field($0, "kind"); level[rows] = ($0 ~ /"level":0/) ? 0 : 1
    units = $0; sub(/.*"units":\[/, "", units); sub(/\].*/, "", units)
    count = split(units, ids, ",")
    for (i = 1; i <= count; i++) { gsub(/"/, "", ids[i]); row_of[ids[i]] = row_of[ids[i]] " " rows }
    next
}
/^"member_events":/ { in_events = 1; next }
/^"/ { in_events = 0; next }
in_events && /^\[/ {
    # member_id, date, type, unit_id lead each row (docs/store.md): split
    # at the quotes, they are the 2nd, 4th, 6th and 8th pieces.
    split($0, part, "\"")
    if (part[4] < start || part[4] > end) next
    if (part[6] == "moved") {
        # A move (from_unit_id, the 10th piece, to unit_id) is a transfer for
        # the rows that hold one end of it and not the other (SPEC §3).
        moved(row_of[part[8]], row_of[part[10]], "transferred_in")
        moved(row_of[part[10]], row_of[part[8]], "transferred_out")
        next
    }
    n = split(row_of[part[8]], hit, " ")
    for (i = 1; i <= n; i++) events[hit[i], part[6]]++
    next
}
END {
    if (rows == 0) exit
    split("admitted transferred_in restored transferred_out died expelled removed resigned", kinds, " ")
    if (language == "en") {
        split("Admitted|Transferred in|Restored|Transferred out|Died|Expelled|Removed|Resigned", names, "|")
        title = "Membership events by kind"; intro = "Membership events in "
    } else {
        split("Kết nạp|Chuyển đến|Phục hồi|Chuyển đi|Từ trần|Khai trừ|Xóa tên|Xin ra khỏi Đảng", names, "|")
        title = "Biến động đảng viên theo loại"; intro = "Biến động đảng viên trong "
    }
    printf "{\"protocol\":\"baocao.plugin/1\",\"report\":{\"format\":\"baocao.report/1\",\n"
    printf "\"narrative\":[\"%s%s: %d.\"],\n", intro, substr(period_text, 2, length(period_text) - 2), total_events()
    printf "\"tables\":[{\"id\":\"events\",\"title\":\"%s\",\"columns\":[", title
    for (k = 1; k <= 8; k++) printf "%s{\"id\":\"%s\",\"label\":\"%s\",\"type\":\"integer\"}", (k > 1 ? "," : ""), kinds[k], names[k]
    printf "],\"rows\":[\n"
    for (r = 1; r <= rows; r++) {
        printf "%s{\"key\":%s,\"label\":%s,\"kind\":\"%s\",\"level\":%d,\"cells\":{", (r > 1 ? ",\n" : ""), key[r], label[r], row_kind[r], level[r]
        for (k = 1; k <= 8; k++) printf "%s\"%s\":%d", (k > 1 ? "," : ""), kinds[k], events[r, kinds[k]]
        printf "}}"
    }
    printf "\n]}]}}\n"
}
function moved(into, from, kind,    n, i, hit) {
    n = split(into, hit, " ")
    for (i = 1; i <= n; i++) if (index(from " ", " " hit[i] " ") == 0) events[hit[i], kind]++
}
function total_events(    k, sum) {
    for (k = 1; k <= 8; k++) sum += events[rows, kinds[k]]
    return sum
}
'
