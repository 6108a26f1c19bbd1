#!/usr/bin/env python3
"""The message catalogs' keys, as xgettext finds a program's msgids.

Every sentence baocao prints for a user is written `Message("…")` in the
sources (Sources/ReportModel/Message.swift); its key is the literal with each
interpolation `\\(…)` replaced by a numbered slot `{1}`, `{2}`…, and literals
joined by `+` read as one. This script lists those keys and compares them
with the catalogs in Templates/LANG/messages.yaml.

    Tools/messages.py --check      # every key in every catalog, none left over (exit 1 if not)
    Tools/messages.py --update     # rewrite Templates/en/messages.yaml; list what vi lacks
    Tools/messages.py --list       # the keys, one JSON string per line
"""
import json
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
LANGUAGES = ["vi", "en"]
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", '"': '"', "'": "'", "\\": "\\"}


def literal_end(text, start):
    """`text[start]` opens a one-line string literal; the index after it closes."""
    i = start + 1
    while True:
        c = text[i]
        if c == "\\" and text[i + 1] == "(":
            i = interpolation_end(text, i + 2)
        elif c == "\\":
            i += 2
        elif c == '"':
            return i + 1
        elif c == "\n":
            raise ValueError("a message literal must be on one line")
        else:
            i += 1


def interpolation_end(text, i):
    depth = 1
    while depth:
        c = text[i]
        if c == '"':
            i = literal_end(text, i)
            continue
        depth += {"(": 1, ")": -1}.get(c, 0)
        i += 1
    return i


def key_of(body, slots):
    """A literal's body as a key: escapes resolved, interpolations numbered from `slots`."""
    out, i = [], 0
    while i < len(body):
        c = body[i]
        if c == "\\" and body[i + 1] == "(":
            end = interpolation_end(body, i + 2)
            slots += 1
            out.append("{%d}" % slots)
            i = end
        elif c == "\\" and body[i + 1] == "u":
            close = body.index("}", i)
            out.append(chr(int(body[i + 3:close], 16)))
            i = close + 1
        elif c == "\\":
            out.append(ESCAPES[body[i + 1]])
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out), slots


def messages_in(text):
    """The keys of every `Message("…" + "…")` in a Swift file's text."""
    for match in re.finditer(r'\bMessage\(\s*"', text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if text[line_start:match.start()].lstrip().startswith("//"):
            continue   # an example in a comment
        start, slots, key = match.end() - 1, 0, ""
        while True:
            end = literal_end(text, start)
            part, slots = key_of(text[start + 1:end - 1], slots)
            key += part
            following = re.match(r'\s*\+\s*"', text[end:])
            if not following:
                break
            start = end + following.end() - 1
        yield key


def source_keys():
    """Every key, in order of first appearance, with the file it is in."""
    found = {}
    for path in sorted((ROOT / "Sources").rglob("*.swift")):
        text = path.read_text(encoding="utf-8")
        for key in messages_in(text):
            if key.strip("{}0123456789 \n:;,.") and key not in found:
                found[key] = path.relative_to(ROOT)
    return found


def catalog(language):
    path = ROOT / "Templates" / language / "messages.yaml"
    if not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def quoted(text):
    return json.dumps(text, ensure_ascii=False)


def write_english(keys):
    lines = [
        "# baocao's messages in English: every sentence it prints for a user, keyed",
        "# by its English text as the code writes it (Tools/messages.py lists them).",
        "# {1}, {2}… are the values put in. Copy this file into a --templates folder",
        "# and change a text to reword a message; keep its {N}s.",
    ]
    current = None
    for key, path in keys.items():
        if path.parent != current:
            current = path.parent
            lines += ["", "# " + str(current)]
        lines.append(f"{quoted(key)}: {quoted(key)}")
    (ROOT / "Templates" / "en" / "messages.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv):
    keys = source_keys()
    if "--list" in argv:
        for key in keys:
            print(quoted(key))
        return 0
    if "--update" in argv:
        write_english(keys)
    problems = 0
    for language in LANGUAGES:
        entries = catalog(language)
        for key in keys:
            if key not in entries:
                problems += 1
                print(f"Templates/{language}/messages.yaml: missing {quoted(key)} ({keys[key]})")
        for key in entries:
            if key not in keys:
                problems += 1
                print(f"Templates/{language}/messages.yaml: {quoted(key)} is no message of the code")
    if problems:
        print(f"{problems} problems; {len(keys)} messages in the code")
        return 1 if "--check" in argv else 0
    print(f"{len(keys)} messages, in every catalog")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
