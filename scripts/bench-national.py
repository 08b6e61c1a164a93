#!/usr/bin/env python3
"""National-scale benchmark: generates a repository (500 scopes, 6,000 agency files, 5 cycle tags, about 30% of
the files changed per cycle) and times whole processes in one run, printing medians and ratios:

  the floor     git cat-file --batch reading the same blobs
  spbe          lint and score at the last cycle, diff of the last two cycles, log over all cycles, and
                `lint --base` over a 500-commit merge request on top of the last cycle
  a peer        check-jsonschema validating the same files against the same schema, from a checkout

  a baseline    with --baseline BIN, the same spbe commands run by another spbe binary (e.g. one built from an
                earlier commit), interleaved in the same run, and the ratio of the two

Usage: scripts/bench-national.py [--scopes 500] [--runs 5] [--baseline BIN] [--framework spbe-2020|pemdi-2026]
       (builds spbe in release mode first; pemdi-2026 generates the same shape with decimal values)
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("--scopes", type=int, default=500)
parser.add_argument("--runs", type=int, default=5)
parser.add_argument("--baseline", help="another spbe binary to time the same commands with")
parser.add_argument("--framework", default="spbe-2020", choices=["spbe-2020", "pemdi-2026"])
args = parser.parse_args()

subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "spbe"], cwd=root, check=True, stdout=subprocess.DEVNULL)
subprocess.run(["swift", "build", "-c", "release", "--product", "spbe-bench"], cwd=root, check=True, stdout=subprocess.DEVNULL)
spbe = os.path.join(root, ".build/release/spbe")
work = tempfile.mkdtemp(prefix="spbe-national-")
repo = os.path.join(work, "repo")
subprocess.run([os.path.join(root, ".build/release/spbe-bench"), "repo", repo, str(args.scopes), "5", args.framework], check=True)
# A clone delivers one packfile, so that is what the floor and spbe read.
subprocess.run(["git", "-C", repo, "gc", "-q"], check=True)
tags = subprocess.run(["git", "-C", repo, "tag", "--list", "cycle/*"], capture_output=True, text=True, check=True).stdout.split()
last, previous = tags[-1], tags[-2]
def merge_request(commits=500):
    """Branch `usulan` off the last cycle with `commits` commits, each rewording one agency file's first
    explanation (round-robin over the files), made with git fast-import."""
    listing = subprocess.run(["git", "-C", repo, "ls-tree", "-r", "--name-only", last, "assessments"], capture_output=True, text=True, check=True).stdout.split()
    paths = [p for p in listing if not p.endswith("instansi.json")]
    head = subprocess.run(["git", "-C", repo, "rev-parse", last + "^{commit}"], capture_output=True, text=True, check=True).stdout.strip()
    texts, stream = {}, []
    for number in range(commits):
        path = paths[(number * 7) % len(paths)]
        if path not in texts:
            texts[path] = subprocess.run(["git", "-C", repo, "show", f"{last}:{path}"], capture_output=True, check=True).stdout
        texts[path] = texts[path].replace(b'"explanation": "', b'"explanation": "(revisi %d) ' % number, 1)
        message = b"Revisi %d\n" % number
        stream.append(b"commit refs/heads/usulan\nauthor Tim Nasional <tim@nasional.go.id> %d +0700\n" % (1800000000 + number))
        stream.append(b"committer Tim Nasional <tim@nasional.go.id> %d +0700\n" % (1800000000 + number))
        stream.append(b"data %d\n%s" % (len(message), message))
        if number == 0: stream.append(b"from %s\n" % head.encode())
        stream.append(b"M 100644 inline %s\ndata %d\n%s\n" % (path.encode(), len(texts[path]), texts[path]))
    subprocess.run(["git", "-C", repo, "fast-import", "--quiet"], input=b"".join(stream), check=True)
merge_request()

def blobs_at(*revisions):
    """The distinct blob ids under assessments/ at the revisions, one per line, for git cat-file --batch."""
    ids = set()
    for revision in revisions:
        listing = subprocess.run(["git", "-C", repo, "ls-tree", "-r", revision, "assessments"], capture_output=True, text=True, check=True).stdout
        ids.update(line.split()[2] for line in listing.splitlines())
    return "".join(i + "\n" for i in sorted(ids))
blob_ids = blobs_at(last)
# What diff and log cannot avoid reading: every blob of both cycles, of all cycles.
diff_ids, log_ids = blobs_at(previous, last), blobs_at(*tags)
checkout = os.path.join(work, "checkout")
subprocess.run(["git", "clone", "-q", "--branch", last, repo, checkout], check=True, stderr=subprocess.DEVNULL)
agency_files = [os.path.join(dp, f) for dp, _, fs in os.walk(os.path.join(checkout, "assessments")) for f in fs if f != "instansi.json"]
megabytes = sum(os.path.getsize(f) for f in agency_files) / 1048576
print(f"repository: {args.scopes} scopes, {len(agency_files)} agency files ({megabytes:.1f} MiB at {last}), {len(tags)} cycle tags")

def measure(command, stdin=None, cwd=repo):
    """Median wall time over the runs, and the peak resident memory of the largest run (from /usr/bin/time)."""
    times, peaks = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, input=stdin, cwd=cwd,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        times.append(time.perf_counter() - start)
        peaks.append(int(result.stderr.strip().splitlines()[-1]))
    return statistics.median(times), max(peaks)

results = {}
results["floor: git cat-file --batch"] = measure(["git", "cat-file", "--batch"], stdin=blob_ids)
results["floor of diff (both cycles' blobs)"] = measure(["git", "cat-file", "--batch"], stdin=diff_ids)
results["floor of log (all cycles' blobs)"] = measure(["git", "cat-file", "--batch"], stdin=log_ids)
results["spbe lint (last cycle)"] = measure([spbe, "lint", "--rev", last])
results["spbe score (last cycle)"] = measure([spbe, "score", "--rev", last])
results["spbe diff (last two cycles)"] = measure([spbe, "diff", previous, last])
results["spbe log (5 cycles)"] = measure([spbe, "log"])
results["spbe lint --base (500-commit MR)"] = measure([spbe, "lint", "--base", last, "--rev", "usulan"])
results["spbe lint, one thread"] = measure(["env", "SPBE_THREADS=1", spbe, "lint", "--rev", last])
baseline = {}
if args.baseline:
    # Each command alternates between the two binaries, so that a slow spell of the machine hits both.
    for name, arguments in [("lint", ["lint", "--rev", last]), ("score", ["score", "--rev", last]),
                            ("diff", ["diff", previous, last]), ("log", ["log"]),
                            ("lint --base", ["lint", "--base", last, "--rev", "usulan"])]:
        this, other = [], []
        for _ in range(args.runs):
            for binary, times in ((spbe, this), (args.baseline, other)):
                start = time.perf_counter()
                subprocess.run([binary] + arguments, cwd=repo, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                times.append(time.perf_counter() - start)
        baseline[name] = (statistics.median(this), statistics.median(other))
peer = shutil.which("check-jsonschema")
if peer:
    schema = os.path.join(checkout, "schemas/assessment.schema.json")
    results["peer: check-jsonschema"] = measure([peer, "--schemafile", schema] + agency_files, cwd=checkout)

floor = results["floor: git cat-file --batch"][0]
score = results["spbe score (last cycle)"][0]
lint = results["spbe lint (last cycle)"][0]
print(f"\n{'':34} {'median':>9} {'peak RSS':>10} {'vs floor':>9}")
for name, (seconds, peak) in results.items():
    print(f"{name:34} {seconds:8.3f}s {peak / 1024:8.1f}MB {seconds / floor:8.2f}x")
print("\ntargets:")
print(f"  lint within 2x the floor:         {lint / floor:5.2f}x")
print(f"  score within 2x the floor:        {score / floor:5.2f}x")
print(f"  log over 5 cycles within 2x score: {results['spbe log (5 cycles)'][0] / score:5.2f}x")
print(f"  diff within 0.5x score:           {results['spbe diff (last two cycles)'][0] / score:5.2f}x")
print("what diff and log must read, against what score must read (git cat-file alone):")
diff_floor, log_floor = results["floor of diff (both cycles' blobs)"][0], results["floor of log (all cycles' blobs)"][0]
print(f"  diff's blobs against score's:     {diff_floor / floor:5.2f}x  ({diff_ids.count(chr(10))} against {blob_ids.count(chr(10))} blobs)")
print(f"  log's blobs against score's:      {log_floor / floor:5.2f}x  ({log_ids.count(chr(10))} against {blob_ids.count(chr(10))} blobs)")
if baseline:
    print(f"against the baseline {args.baseline} (medians, interleaved runs):")
    for name, (this, other) in baseline.items():
        print(f"  spbe {name:11} {this:7.3f}s  baseline {other:7.3f}s  ratio {this / other:5.2f}x")
if peer:
    print(f"  lint 10x faster than check-jsonschema: {results['peer: check-jsonschema'][0] / lint:5.1f}x faster")
shutil.rmtree(work)
