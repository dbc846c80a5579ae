#!/usr/bin/env python3
"""Turn one benchmark run's raw measurements into a table, bench/results/latest.md and latest.json.

Usage: report.py --work bench/work --results bench/results --sizes 1000,10000 --runs 6 --rounds 3 --warmup 1

Reads, for each size N, `result-N.env` (key=value lines written by bench/run) and
`hyperfine-N-TOOL-rK.json` (one per round; rounds take turns between the tools and are
joined here). A tool that failed is reported as failed, never given a number.
"""

import argparse
import datetime
import glob
import json
import os
import statistics
import platform
import subprocess


def read_env(path):
    values = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, sep, value = line.rstrip("\n").partition("=")
            if sep:
                values[key] = value
    return values


def number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def integer(text):
    value = number(text)
    return int(value) if value is not None else None


def tool_version(command):
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30)
        out = done.stdout or done.stderr
        return out.strip().splitlines()[0] if out.strip() else "unknown"
    except (OSError, subprocess.SubprocessError):
        return "not installed"


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_gib():
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            kib = int(f.readline().split()[1])
        return round(kib / 1024 / 1024, 1)
    except (OSError, ValueError, IndexError):
        return None


def joined_rounds(paths):
    """One tool's timings from every round's hyperfine file, as if hyperfine had made all the runs."""
    times, user, system = [], 0.0, 0.0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for r in json.load(f)["results"]:
                runs = r.get("times") or [r["mean"]]
                times += runs
                user += (r.get("user") or 0.0) * len(runs)
                system += (r.get("system") or 0.0) * len(runs)
    mean = statistics.fmean(times)
    return {"mean": mean, "stddev": statistics.stdev(times) if len(times) > 1 else None,
            "median": statistics.median(times), "min": min(times), "max": max(times),
            "user": user / len(times), "system": system / len(times), "runs": len(times), "rounds": len(paths)}


def size_result(work, n):
    env = read_env(os.path.join(work, "result-%d.env" % n))
    timings = {}
    for name in ("openplan", "hugo", "floor"):
        paths = sorted(glob.glob(os.path.join(work, "hyperfine-%d-%s-r*.json" % (n, name))))
        if paths:
            timings[name] = joined_rounds(paths)

    def tool(name):
        status = env.get(name + "_status", "not run")
        out = {"status": status, "error": env.get(name + "_error") or None}
        if status == "ok" and name in timings:
            out.update(timings[name])
            out["peak_rss_kb"] = integer(env.get(name + "_rss_kb"))
            out["output"] = {"files": integer(env.get(name + "_out_files")),
                             "bytes": integer(env.get(name + "_out_bytes"))}
        elif status == "ok":
            out["status"] = "not timed"
        return out

    openplan, hugo = tool("openplan"), tool("hugo")
    floor = {"status": "not run"}
    if "floor" in timings:
        floor = dict(timings["floor"], status="ok", copied=env.get("floor_source"))
    ratios = {}
    if "mean" in openplan and "mean" in hugo:
        ratios["time"] = openplan["mean"] / hugo["mean"]
    if openplan.get("peak_rss_kb") and hugo.get("peak_rss_kb"):
        ratios["memory"] = openplan["peak_rss_kb"] / hugo["peak_rss_kb"]
    if "mean" in openplan and "mean" in floor:
        ratios["floor"] = openplan["mean"] / floor["mean"]
    return {"n": n, "generation_seconds": number(env.get("gen_seconds")),
            "content": {"files": integer(env.get("content_files")), "bytes": integer(env.get("content_bytes"))},
            "openplan": openplan, "hugo": hugo, "floor": floor, "ratios": ratios}


def seconds(result):
    if "mean" not in result:
        return result.get("status", "not run").upper() if result.get("status") != "ok" else "-"
    sd = result.get("stddev")
    return "%.3f s ± %.3f" % (result["mean"], sd) if sd is not None else "%.3f s" % result["mean"]


def mib(kb):
    return "%.0f MiB" % (kb / 1024) if kb else "-"


def ratio(value, digits=2):
    return ("%." + str(digits) + "f×") % value if value is not None else "-"


def linearity(sizes, name):
    timed = [s for s in sizes if "mean" in s[name]]
    if len(timed) < 2:
        return None
    low, high = timed[0], timed[-1]
    return {"from": low["n"], "to": high["n"], "size_ratio": high["n"] / low["n"],
            "time_ratio": high[name]["mean"] / low[name]["mean"]}


def markdown(report):
    lines = [
        "# Build speed: Openplan against Hugo",
        "",
        "Run on %s. Machine: %d cores (%s), %s GiB memory, %s." % (
            report["date"], report["machine"]["cores"], report["machine"]["cpu"],
            report["machine"]["memory_gib"], report["machine"]["os"]),
        "Each build timed by hyperfine: %d warm-up, %d runs in %d rounds that take turns between "
        "Openplan and Hugo, output folder removed before each run; "
        "peak memory from one extra run under `/usr/bin/time -v`. As-of date %s. "
        "File system of the work folder: %s." % (
            report["settings"]["warmup"], report["settings"]["runs"], report["settings"].get("rounds", 1),
            report["settings"]["as_of"],
            report["settings"]["work_file_system"]),
        "",
        "| N | Openplan | Hugo | Openplan/Hugo | Openplan peak RSS | Hugo peak RSS | Memory ratio "
        "| Floor | Openplan/floor |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for s in report["sizes"]:
        lines.append("| %d | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            s["n"], seconds(s["openplan"]), seconds(s["hugo"]), ratio(s["ratios"].get("time")),
            mib(s["openplan"].get("peak_rss_kb")), mib(s["hugo"].get("peak_rss_kb")),
            ratio(s["ratios"].get("memory")), seconds(s["floor"]), ratio(s["ratios"].get("floor"), 1)))
    lines.append("")
    for name, label in (("openplan", "Openplan"), ("hugo", "Hugo")):
        lin = report["linearity"].get(name)
        if lin:
            lines.append("- %s linearity: t(%d)/t(%d) = %.2f for %.0f× the pages (linear scaling gives %.1f)." % (
                label, lin["to"], lin["from"], lin["time_ratio"], lin["size_ratio"], lin["size_ratio"]))
    for s in report["sizes"]:
        for name, label in (("openplan", "Openplan"), ("hugo", "Hugo")):
            if s[name].get("error"):
                lines.append("- N=%d: %s %s: %s" % (s["n"], label, s[name]["status"], s[name]["error"]))
    lines += ["", "## Inputs and outputs", "",
              "| N | Generation | Content files | Content size | Openplan output | Hugo output | Floor copied |",
              "| ---: | ---: | ---: | ---: | ---: | ---: | --- |"]

    def out(t):
        o = t.get("output")
        return "%d files, %.1f MiB" % (o["files"], o["bytes"] / 1048576) if o and o["files"] else "-"

    for s in report["sizes"]:
        lines.append("| %d | %.2f s | %d | %.1f MiB | %s | %s | %s |" % (
            s["n"], s["generation_seconds"] or 0, s["content"]["files"] or 0, (s["content"]["bytes"] or 0) / 1048576,
            out(s["openplan"]), out(s["hugo"]), s["floor"].get("copied") or "-"))
    lines += ["", "CPU time (user + system, mean per build): less disturbed than wall time by other work on the "
              "machine, but it counts all cores.", "", "| N | Openplan | Hugo | Floor |", "| ---: | ---: | ---: | ---: |"]

    def cpu(t):
        return "%.3f s" % (t["user"] + t["system"]) if t.get("user") is not None else "-"

    for s in report["sizes"]:
        lines.append("| %d | %s | %s | %s |" % (s["n"], cpu(s["openplan"]), cpu(s["hugo"]), cpu(s["floor"])))
    pv = report.get("preview")
    if pv:
        lines += ["", "## Live preview", "",
                  "From saving one action of a %d-action plan to its page being served with the change, "
                  "%d saves (after one to warm up): median %.0f ms, 90th percentile %.0f ms, slowest %.0f ms. "
                  "Goal: a median under %d ms (%s)." % (
                      pv["actions"], pv["runs"], pv["median_ms"], pv["p90_ms"], pv["max_ms"], pv["goal_ms"],
                      "met" if pv["median_ms"] < pv["goal_ms"] else "not met")]
    lines += ["", "## Tools", ""] + ["- %s: %s" % kv for kv in report["tools"].items()]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", required=True)
    parser.add_argument("--results", required=True)
    parser.add_argument("--name", default="latest")
    parser.add_argument("--sizes", required=True)
    parser.add_argument("--runs", type=int, required=True)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--warmup", type=int, required=True)
    parser.add_argument("--openplan-bin", default="")
    args = parser.parse_args()
    sizes = [size_result(args.work, int(n)) for n in args.sizes.split(",")]
    commit = tool_version(["git", "-C", os.path.dirname(os.path.abspath(__file__)), "rev-parse", "--short", "HEAD"])
    report = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": {"cores": os.cpu_count(), "cpu": cpu_model(), "memory_gib": memory_gib(),
                    "os": "%s %s" % (platform.system(), platform.release())},
        "tools": {"openplan": "commit %s" % commit, "hugo": tool_version(["hugo", "version"]),
                  "hyperfine": tool_version(["hyperfine", "--version"]),
                  "cmark-gfm": tool_version(["cmark-gfm", "--version"]),
                  "swift": tool_version(["swift", "--version"])},
        "settings": {"runs": args.runs, "rounds": args.rounds, "warmup": args.warmup, "as_of": "2026-01-31",
                     "work_file_system": tool_version(["stat", "-f", "-c", "%T", args.work])},
        "sizes": sizes,
        "linearity": {name: linearity(sizes, name) for name in ("openplan", "hugo")},
    }
    preview = os.path.join(args.work, "preview.json")
    if os.path.exists(preview):
        with open(preview, encoding="utf-8") as f:
            report["preview"] = json.load(f)
    os.makedirs(args.results, exist_ok=True)
    text = markdown(report)
    with open(os.path.join(args.results, args.name + ".md"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(args.results, args.name + ".json"), "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2)
        f.write("\n")
    print(text)


if __name__ == "__main__":
    main()
