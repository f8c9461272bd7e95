#!/usr/bin/env python3
"""Per-class killed/total from PIT mutations.xml files (a time-out, memory or run error counts as killed, as PIT counts it).
Several files: a mutant (class, method, description, line, mutator, indexes) counts as killed when any file killed it."""
import sys, xml.etree.ElementTree as ET, collections
DETECTED = {"KILLED", "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR"}
muts = {}
for f in sys.argv[1:]:
    for m in ET.parse(f).getroot():
        cls = m.findtext("mutatedClass").split("$")[0].rsplit(".", 1)[-1]
        key = (m.findtext("mutatedClass"), m.findtext("mutatedMethod"), m.findtext("methodDescription"),
               m.findtext("lineNumber"), m.findtext("mutator"),
               tuple(e.text for e in m.iter("index")), tuple(e.text for e in m.iter("block")))
        det = m.get("status") in DETECTED
        prev = muts.get(key)
        muts[key] = (cls, (prev[1] if prev else False) or det, m.get("status"))
per = collections.defaultdict(lambda: [0, 0, 0])
for cls, det, st in muts.values():
    per[cls][1] += 1
    per[cls][0] += det
    per[cls][2] += st == "TIMED_OUT"
tk = tt = 0
for cls in sorted(per, key=lambda c: per[c][0] / per[c][1]):
    k, t, to = per[cls]
    tk += k; tt += t
    print(f"{cls:24s} {k:5d} / {t:5d}  {100*k/t:5.1f}%  timeouts {to}")
print(f"{'ALL':24s} {tk:5d} / {tt:5d}  {100*tk/tt:5.1f}%")
