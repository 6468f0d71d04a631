import Foundation

// `make bench`: builds a synthetic report with Dossier and, when it is installed, the same
// articles with Hugo; prints medians, peak memory, watch-mode edit latency and the ratios.

struct Options {
    var articles = 10_000
    var runs = 3
    var edits = 5
    var work = ".bench"
    var dossier = ".build/release/dossier"
    var skipHugo = false
    var scaling = false
    var waits = true

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--articles": articles = Int(iterator.next() ?? "") ?? articles
            case "--runs": runs = Int(iterator.next() ?? "") ?? runs
            case "--edits": edits = Int(iterator.next() ?? "") ?? edits
            case "--work": work = iterator.next() ?? work
            case "--dossier": dossier = iterator.next() ?? dossier
            case "--no-hugo": skipHugo = true
            case "--scaling": scaling = true
            case "--no-wait": waits = false
            case "-h", "--help":
                print(
                    """
                    usage: dossier-bench [--articles N] [--runs N] [--edits N] [--work DIR] [--dossier PATH] [--no-hugo] [--scaling] [--no-wait]
                      Builds a synthetic report of N articles (3 claims each, 200 actors, 100 weapons, 50 topics)
                      with Dossier and with Hugo (if installed), and measures full builds and watch-mode edits.
                      --scaling then builds N/10, N and N*10 articles with Dossier, taking turns for --runs rounds, to show how time and memory grow.
                      --no-wait starts at once even if the last bench deleted its outputs less than 330 s ago
                      (ext4 then creates files slowly, and the full builds are slower than they should be).
                    """)
                exit(0)
            default:
                FileHandle.standardError.write(Data("unknown option \(argument)\n".utf8))
                exit(2)
            }
        }
    }
}

let options = Options(CommandLine.arguments)
let fm = FileManager.default
let work = URL(fileURLWithPath: options.work, isDirectory: true).standardizedFileURL
try? fm.createDirectory(at: work, withIntermediateDirectories: true)
let dossier = URL(fileURLWithPath: options.dossier).standardizedFileURL.path
let templates = URL(fileURLWithPath: "Templates").standardizedFileURL.path
guard fm.isExecutableFile(atPath: dossier) else {
    print("no dossier binary at \(dossier): run `swift build -c release` first")
    exit(1)
}
let hugoPath = ["/usr/bin/hugo", "/usr/local/bin/hugo"].first { fm.isExecutableFile(atPath: $0) }

func line(_ text: String) { print(text); fflush(stdout) }

/// Clears an output folder before a timed run by moving it into `.bench/trash`, emptied only
/// after the timings. Deleting tens of thousands of files just before a build makes ext4 skip
/// every recently freed inode while allocating new ones (its `recently_deleted` check), which
/// slowed the next 40,000-file build by 2-8 s: a cost of the benchmark, not of either tool.
func clear(_ folder: URL) {
    guard fm.fileExists(atPath: folder.path) else { return }
    let trash = work.appendingPathComponent("trash", isDirectory: true)
    try? fm.createDirectory(at: trash, withIntermediateDirectories: true)
    do {
        try fm.moveItem(at: folder, to: trash.appendingPathComponent(UUID().uuidString))
    } catch {
        try? fm.removeItem(at: folder)
    }
}

/// When the bench last deleted its trash, in seconds since 1970.
let trashStamp = work.appendingPathComponent("trash-emptied")
/// How long ext4 keeps skipping freed inodes: 30 s, or 330 s while their inode table block is
/// unwritten, which a build allocating next to them makes it. Measured here (ext4 without a
/// journal): a 40,000-page build took 11-16 s, 10-19 s of it system time, within minutes of a
/// bench deleting its outputs, and 7.9-8.9 s, 2.4-3.0 s of it system time, outside that window.
let deletionWindow: TimeInterval = 330

func emptyTrash() {
    let trash = work.appendingPathComponent("trash")
    guard fm.fileExists(atPath: trash.path) else { return }
    try? fm.removeItem(at: trash)
    try? String(Date().timeIntervalSince1970).write(to: trashStamp, atomically: false, encoding: .utf8)
}

/// Waits out the window in which the last bench's deletions slow down creating files.
func waitForDeletionWindow() {
    emptyTrash()  // An interrupted bench's.
    guard options.waits, let text = try? String(contentsOf: trashStamp, encoding: .utf8), let deleted = Double(text) else { return }
    let wait = deleted + deletionWindow - Date().timeIntervalSince1970
    guard wait > 0 else { return }
    line(
        "waiting \(Int(wait.rounded(.up))) s: the last bench deleted its outputs, and ext4 creates files slowly for 330 s after (--no-wait skips this)"
    )
    Thread.sleep(forTimeInterval: wait)
}

func format(_ seconds: Double) -> String { String(format: "%.2f s", seconds) }
func formatMB(_ value: Double) -> String { String(format: "%.0f MiB", value) }

/// A synthetic report of `articles` articles in Dossier's layout, written once: its sources and output.
func dossierReport(articles: Int) -> (content: URL, output: URL) {
    let content = work.appendingPathComponent("dossier-\(articles)/Content")
    line("writing a synthetic report of \(articles) articles…")
    do { try SyntheticReport(articles: articles).writeDossier(to: content) } catch { line("cannot write the report: \(error)"); exit(1) }
    return (content, work.appendingPathComponent("dossier-\(articles)/Public"))
}

/// One timed full Dossier build into an emptied output: (seconds, peak MiB). Exits if it fails.
func dossierBuild(content: URL, output: URL) -> (seconds: Double, peak: Double) {
    clear(output)
    let run = ProcessRun.run([dossier, "build", "--quiet", "--content", content.path, "--templates", templates, "--output", output.path])
    if run.status != 0 {
        line("dossier build failed (status \(run.status)); run it by hand to see why:")
        line("  \(dossier) build --content \(content.path) --templates \(templates) --output \(output.path)")
        exit(1)
    }
    return (run.seconds, run.peakMegabytes)
}

/// One timed full Hugo build into an emptied `public/`: (seconds, peak MiB), nil if it failed.
func hugoBuild(site: URL, hugo: String) -> (seconds: Double, peak: Double)? {
    clear(site.appendingPathComponent("public"))
    let run = ProcessRun.run([hugo, "--quiet", "--source", site.path])
    if run.status != 0 {
        line("hugo failed with status \(run.status)")
        return nil
    }
    return (run.seconds, run.peakMegabytes)
}

line("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB")
waitForDeletionWindow()
let (content, output) = dossierReport(articles: options.articles)
let hugoSite = work.appendingPathComponent("hugo-\(options.articles)")
var hugo: String?
if let hugoPath, !options.skipHugo {
    do {
        try SyntheticReport(articles: options.articles).writeHugo(to: hugoSite)
        hugo = hugoPath
    } catch {
        line("cannot write the Hugo site: \(error)")
    }
} else if hugoPath == nil {
    line("hugo is not installed (apt-get install hugo): skipping the comparison")
}

// Dossier and Hugo take turns, so that a shared machine slowing down or speeding up during the
// bench (by up to a third here, within minutes) weighs on both alike.
var dossierBuilds: [(seconds: Double, peak: Double)] = []
var hugoBuilds: [(seconds: Double, peak: Double)] = []
for _ in 0..<options.runs {
    dossierBuilds.append(dossierBuild(content: content, output: output))
    if let hugoRunner = hugo {
        if let build = hugoBuild(site: hugoSite, hugo: hugoRunner) { hugoBuilds.append(build) } else { hugo = nil }
    }
}
let dossierTime = median(dossierBuilds.map(\.seconds))
let dossierPeak = dossierBuilds.map(\.peak).max() ?? 0
line("dossier full build, \(options.articles) articles: median \(format(dossierTime)) of \(options.runs), peak \(formatMB(dossierPeak))")
var hugoTime: Double?
var hugoPeak: Double?
if !hugoBuilds.isEmpty {
    hugoTime = median(hugoBuilds.map(\.seconds))
    hugoPeak = hugoBuilds.map(\.peak).max()
    line(
        "hugo full build, \(options.articles) articles: median \(format(hugoTime ?? 0)) of \(hugoBuilds.count), peak \(formatMB(hugoPeak ?? 0))"
    )
}

// Watch mode: one article edited, timed until its page and the article list are on disk.
// Start from an empty output, so that "ready" means the watcher's own first build is done.
clear(output)
let dossierEdit = WatchLatency.measure(
    command: [dossier, "build", "--watch", "--quiet", "--content", content.path, "--templates", templates, "--output", output.path],
    directory: work.path, source: content.appendingPathComponent("articles/article-7.md").path,
    outputs: [
        output.appendingPathComponent("articles/article-7/index.html").path, output.appendingPathComponent("articles/index.html").path,
    ],
    edits: options.edits)
let dossierEditMedian = dossierEdit.map { median($0.milliseconds) }
if let dossierEdit {
    line(
        "dossier watch: edit to disk, median \(String(format: "%.1f ms", median(dossierEdit.milliseconds))) over \(dossierEdit.milliseconds.count) edits "
            + dossierEdit.milliseconds.map { String(format: "%.0f", $0) }.joined(separator: ", "))
}
var hugoEditMedian: Double?
if let hugoPath, hugoTime != nil {
    clear(hugoSite.appendingPathComponent("public"))
    let hugoEdit = WatchLatency.measure(
        command: [
            hugoPath, "server", "--renderToDisk", "--disableFastRender", "--disableLiveReload", "--port", "13131", "--bind", "127.0.0.1",
            "--source", hugoSite.path, "--baseURL", "http://127.0.0.1:13131/",
        ],
        directory: hugoSite.path, source: hugoSite.appendingPathComponent("content/articles/article-7.md").path,
        outputs: [
            hugoSite.appendingPathComponent("public/articles/article-7/index.html").path,
            hugoSite.appendingPathComponent("public/articles/index.html").path,
        ],
        edits: options.edits)
    if let hugoEdit, !hugoEdit.milliseconds.isEmpty {
        hugoEditMedian = median(hugoEdit.milliseconds)
        line(
            "hugo server: edit to disk, median \(String(format: "%.1f ms", median(hugoEdit.milliseconds))) over \(hugoEdit.milliseconds.count) edits"
        )
    } else {
        // Said, not skipped: without it the edit ratio would just be missing from the summary.
        line(
            hugoEdit == nil
                ? "hugo server: did not finish its first build within 600 s; no edit was timed"
                : "hugo server: the first edit did not reach the disk within 60 s; no edit was timed")
    }
}

if hugoTime != nil || hugoEditMedian != nil {
    line("")
    line("ratios (dossier / hugo; lower is better):")
}
if let hugoTime, let hugoPeak {
    // Each Dossier build against the Hugo build that followed it: how far the machine moved the ratio.
    let pairs = zip(dossierBuilds, hugoBuilds).map { $0.seconds / $1.seconds }.sorted()
    let spread = pairs.count > 1 ? String(format: " (pairs %.2f–%.2f)", pairs.first ?? 0, pairs.last ?? 0) : ""
    line(String(format: "  full build time   %.3f  (target ≤ 0.2)", dossierTime / hugoTime) + spread)
    line(String(format: "  full build memory %.3f  (target ≤ 0.25)", dossierPeak / hugoPeak))
}
if let dossierEditMedian, let hugoEditMedian {
    line(String(format: "  edit to disk      %.3f  (target: dossier ≤ 50 ms)", dossierEditMedian / hugoEditMedian))
} else if let dossierEditMedian {
    line(String(format: "  edit to disk      dossier %.1f ms  (target ≤ 50 ms; no Hugo figure to compare)", dossierEditMedian))
}

if options.scaling {
    // The sizes take turns too, round by round: a single build of each, minutes apart, let the
    // machine's own drift decide whether growth looked linear (×8.8 in one run, ×12.1 in another).
    let sizes = [options.articles / 10, options.articles, options.articles * 10].filter { $0 > 0 }
    let reports = sizes.map { dossierReport(articles: $0) }
    var builds = Array(repeating: [(seconds: Double, peak: Double)](), count: sizes.count)
    for _ in 0..<options.runs {
        for (index, report) in reports.enumerated() {
            builds[index].append(dossierBuild(content: report.content, output: report.output))
        }
    }
    line("")
    line("scaling (dossier alone, \(options.runs) rounds, the sizes taking turns):")
    for (index, size) in sizes.enumerated() {
        let time = median(builds[index].map(\.seconds))
        let peak = builds[index].map(\.peak).max() ?? 0
        var text = "  \(size) articles: median \(format(time)), peak \(formatMB(peak))"
        if index > 0 {
            let growth = Double(size) / Double(sizes[index - 1])
            let rounds = zip(builds[index], builds[index - 1]).map { $0.seconds / $1.seconds }.sorted()
            let lastPeak = builds[index - 1].map(\.peak).max() ?? 0
            text += String(
                format: "  (×%.0f articles: time ×%.1f, rounds ×%.1f–×%.1f; memory ×%.1f)", growth,
                time / median(builds[index - 1].map(\.seconds)), rounds.first ?? 0, rounds.last ?? 0, peak / lastPeak)
        }
        line(text)
    }
}
emptyTrash()
