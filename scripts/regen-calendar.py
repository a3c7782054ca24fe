#!/usr/bin/env python3
"""Regenerates Fazhi's own official calendar (src/Fazhi.Web/Platform/Time/Data/cn-official-calendar.csv)
from the State Council notices collected in ../shared/calendar/{year}.json (one file per *notice* year).

Output columns: date, kind (off = 放假, work = 调休上班), holiday_name, notice_year, notice_url (several joined by ' ').
Rows are merged by date across notice years (the 2023 notice lists 2022-12-31) and sorted by date.
Weekday "workdays" (2020-02-03) are dropped: they carry no information.
Notice years with no days (e.g. 2027 before its notice is published) are left out: such years stay "未录入".

Usage: scripts/regen-calendar.py [path-to-shared-calendar]   (default: the first shared/calendar found walking up)
"""
import csv
import datetime
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent


def find_shared():
    # The repository normally sits next to shared/ (../shared/calendar); worktrees sit one level deeper.
    for folder in [root, *root.parents]:
        candidate = folder / "shared" / "calendar"
        if candidate.is_dir():
            return candidate
    raise SystemExit("shared/calendar not found above the repository; pass its path")


source = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else find_shared()
target = root / "src" / "Fazhi.Web" / "Platform" / "Time" / "Data" / "cn-official-calendar.csv"

rows = {}
for path in sorted(source.glob("[0-9][0-9][0-9][0-9].json")):
    notice = json.loads(path.read_text(encoding="utf-8"))
    papers = " ".join(notice.get("papers", []))
    for day in notice.get("days", []):
        date = day["date"]
        # A "workday" on Monday–Friday changes nothing (weekdays work anyway) and is not a 调休 make-up day:
        # holiday-cn lists 2020-02-03 (Mon), the first day back after the epidemic extension of 春节
        # (国办发明电〔2020〕1号). Fazhi's rule is that a make-up workday is a Saturday or Sunday, so drop it.
        if not day["isOffDay"] and datetime.date.fromisoformat(date).isoweekday() < 6:
            print(f"skipped weekday workday {date} ({day['name']}): a weekday is a working day anyway")
            continue
        if date in rows:
            raise SystemExit(f"{date} appears in two notices")
        rows[date] = [date, "off" if day["isOffDay"] else "work", day["name"], str(notice["year"]), papers]

with target.open("w", encoding="utf-8", newline="") as out:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["date", "kind", "holiday_name", "notice_year", "notice_url"])
    for date in sorted(rows):
        writer.writerow(rows[date])
print(f"wrote {len(rows)} days to {target.relative_to(root)}")
