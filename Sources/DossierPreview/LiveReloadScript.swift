/// The live-reload snippet added to served HTML pages, and the code that adds it.
///
/// The snippet only exists in responses: the output folder stays exactly what `dossier build`
/// writes, so a preview can never leak the script into a deployed site.
enum LiveReloadScript {
    /// The path of the server-sent event stream the snippet listens to.
    static let eventsPath = "/__dossier/events"

    /// The `<script>` element. It has no dependencies and relies on EventSource's own reconnects.
    /// On a failed build it shows the diagnostics in a dismissable overlay (set through
    /// `textContent`, so nothing in a diagnostic can inject markup); on a stylesheet-only change it
    /// swaps same-origin stylesheets with a cache-busting query; otherwise it reloads the page,
    /// which is also what clears the overlay after the next good build.
    static let element = """
        <script>/* dossier serve: live reload (never written to disk) */(()=>{const id="__dossier_overlay";\
        function show(t){let o=document.getElementById(id);if(!o){o=document.createElement("div");o.id=id;\
        o.setAttribute("role","alert");o.style.cssText="position:fixed;inset:0;z-index:2147483647;overflow:auto;\
        margin:0;padding:2.5em 1.5em 1.5em;background:rgba(24,0,0,.93);color:#ffd7d7;\
        font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace";const b=document.createElement("button");\
        b.textContent="\\u00d7";b.title="Dismiss (Esc)";b.style.cssText="position:absolute;top:.4em;right:.6em;\
        font:24px/1 sans-serif;background:none;border:0;color:inherit;cursor:pointer";b.onclick=()=>o.remove();\
        const h=document.createElement("div");h.textContent="dossier: the build failed; this is the last good build.";\
        h.style.cssText="font-weight:bold;margin-bottom:1em";\
        const p=document.createElement("pre");p.style.cssText="margin:0;white-space:pre-wrap;font:inherit";\
        o.append(b,h,p);(document.body||document.documentElement).append(o)}o.querySelector("pre").textContent=t}\
        addEventListener("keydown",e=>{if(e.key==="Escape")document.getElementById(id)?.remove()});\
        new EventSource("\(eventsPath)").addEventListener("reload",e=>{let d;try{d=JSON.parse(e.data)}catch{return}\
        if(!d.ok){show(d.diagnostics||"The build failed.");return}if(d.css&&!document.getElementById(id)){\
        for(const l of document.querySelectorAll('link[rel~="stylesheet"][href]')){const u=new URL(l.href,location.href);\
        if(u.origin!==location.origin)continue;u.searchParams.set("dossier-reload",Date.now());const n=l.cloneNode();\
        n.href=u.href;n.onload=n.onerror=()=>l.remove();l.after(n)}return}location.reload()})})();</script>
        """

    static let bytes = Array(element.utf8)

    /// A short tag that changes whenever the snippet does, mixed into HTML ETags so browsers
    /// holding a page from an older snippet revalidate to the new one.
    static let versionTag: String = {
        var hash: UInt32 = 2_166_136_261  // FNV-1a: tiny and stable across runs, unlike Hasher.
        for byte in bytes {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return String(hash, radix: 36)
    }()

    /// `html` with the snippet inserted before the last `</body>` (any case), or appended when
    /// there is none (fragments and hand-written pages still get live reload).
    static func inject(into html: [UInt8]) -> [UInt8] {
        var result = html
        result.insert(contentsOf: bytes, at: closingBodyTagIndex(in: html) ?? html.endIndex)
        return result
    }

    /// The index of the `<` of the last `</body` followed by `>` or whitespace, compared ASCII-case-insensitively.
    static func closingBodyTagIndex(in html: [UInt8]) -> Int? {
        let tag = Array("</body".utf8)
        guard html.count > tag.count else { return nil }
        var start = html.count - tag.count - 1
        while start >= 0 {
            var matches = true
            for offset in 0..<tag.count where asciiLowercase(html[start + offset]) != tag[offset] {
                matches = false
                break
            }
            if matches {
                let next = html[start + tag.count]
                if next == UInt8(ascii: ">") || next == UInt8(ascii: " ") || next == UInt8(ascii: "\n")
                    || next == UInt8(ascii: "\t") || next == UInt8(ascii: "\r")
                {
                    return start
                }
            }
            start -= 1
        }
        return nil
    }

    private static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
