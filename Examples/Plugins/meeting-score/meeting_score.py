#!/usr/bin/env python3
"""meeting-score: a baocao external plugin (protocol baocao.plugin/1).

Reads the request on stdin, answers one report on stdout; see
docs/plugin-protocol.md. Standard library only.

Score of a row = w x attendance + (100 - w) x upper-level presence, where
attendance is members present / members expected over the row's meetings in
the period, upper-level presence the share of its meetings a higher committee
attended, and w the parameter attendance_weight.
"""
import json
import sys

PROTOCOL = "baocao.plugin/1"

WORDS = {
    "vi": {
        "table": "Điểm chất lượng sinh hoạt chi bộ",
        "meetings": "Số buổi sinh hoạt", "thematic": "Chuyên đề", "attendance": "Tỷ lệ đảng viên dự (%)",
        "upper": "Có cấp ủy cấp trên dự (%)", "score": "Điểm", "grade": "Xếp loại", "of_which": "Trong đó",
        "grades": ["Tốt", "Khá", "Trung bình", "Yếu"],
        "none": "Trong {period}, không có buổi sinh hoạt chi bộ nào được ghi nhận.",
        "summary": "Trong {period}, các chi bộ tổ chức {meetings} buổi sinh hoạt, tỷ lệ đảng viên dự đạt "
                   "{attendance}%, điểm chất lượng sinh hoạt đạt {score}/100 ({grade}).",
        "weakest": "Đơn vị có điểm thấp nhất: {unit} ({score}/100).",
    },
    "en": {
        "table": "Branch meeting score",
        "meetings": "Meetings", "thematic": "Thematic", "attendance": "Attendance (%)",
        "upper": "Upper level present (%)", "score": "Score", "grade": "Grade", "of_which": "Of which",
        "grades": ["Good", "Fair", "Average", "Weak"],
        "none": "No branch meeting was recorded in {period}.",
        "summary": "In {period}, branches held {meetings} meetings with {attendance}% attendance; "
                   "the meeting score is {score}/100 ({grade}).",
        "weakest": "Lowest score: {unit} ({score}/100).",
    },
}


def number(value, language):
    """One decimal, the Vietnamese way (92,5) or the English way (92.5)."""
    text = f"{value:.1f}"
    return text.replace(".", ",") if language == "vi" else text


def grade(score, words):
    for limit, name in zip((90, 75, 60), words["grades"]):
        if score >= limit:
            return name
    return words["grades"][3]


def report(request):
    language = request["language"] if request["language"] in WORDS else "vi"
    words = WORDS[language]
    period = request["period"]
    weight = float(request["parameters"]["attendance_weight"]) / 100

    meetings = request["tables"]["meetings"]
    column = {name: index for index, name in enumerate(meetings["columns"])}
    by_unit = {}
    for row in meetings["rows"]:
        if period["start"] <= row[column["date"]] <= period["end"]:
            by_unit.setdefault(row[column["unit_id"]], []).append(row)

    rows, scores = [], []
    for scope in request["rows"]:
        held = [m for unit in scope["units"] for m in by_unit.get(unit, [])]
        cells = {"meetings": len(held),
                 "thematic": sum(1 for m in held if m[column["kind"]] == "thematic")}
        expected = sum(m[column["members_total"]] for m in held)
        if held and expected:
            attendance = 100 * sum(m[column["members_present"]] for m in held) / expected
            upper = 100 * sum(1 for m in held if m[column["upper_level_attended"]]) / len(held)
            score = weight * attendance + (1 - weight) * upper
            cells.update(attendance=attendance, upper=upper, score=score, grade=grade(score, words))
            if scope["kind"] == "data":
                scores.append((score, scope["label"]))
        rows.append({"key": scope["key"], "label": scope["label"], "kind": scope["kind"],
                     "level": scope["level"], "cells": cells})

    total = rows[-1]["cells"]
    period_text = period["text"]
    if "score" in total:
        narrative = [words["summary"].format(period=period_text, meetings=total["meetings"],
                                             attendance=number(total["attendance"], language),
                                             score=number(total["score"], language), grade=total["grade"])]
        if scores:
            lowest = min(scores)
            narrative.append(words["weakest"].format(unit=lowest[1], score=number(lowest[0], language)))
    else:
        narrative = [words["none"].format(period=period_text)]

    def col(id, type, group=None):
        return {"id": id, "label": words[id], "type": type, "group": words[group] if group else None}

    return {
        "format": "baocao.report/1",
        "narrative": narrative,
        "tables": [{
            "id": "meeting_score",
            "title": words["table"],
            "columns": [col("meetings", "integer"), col("thematic", "integer", "of_which"),
                        col("attendance", "percent"), col("upper", "percent"),
                        col("score", "decimal"), col("grade", "text")],
            "rows": rows,
        }],
    }


def main():
    request = json.load(sys.stdin)
    if request.get("protocol") != PROTOCOL:
        answer = {"protocol": PROTOCOL,
                  "error": {"message": f"this plugin speaks {PROTOCOL}, not {request.get('protocol')}"}}
    else:
        answer = {"protocol": PROTOCOL, "report": report(request)}
    sys.stdout.buffer.write(json.dumps(answer, ensure_ascii=False).encode("utf-8"))


if __name__ == "__main__":
    main()
