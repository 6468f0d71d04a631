/// Where each run of `gramLength` scalars starts in a list of normalised texts (an article's blocks), so that a quote
/// is found by checking the few places its rarest run occurs instead of reading every text.
///
/// The places are sorted by a hash of their run into buckets (one array of positions, one of bucket starts: no
/// dictionary of arrays, which for a 20 MB article would be millions of allocations). A bucket lists its positions
/// in text order, so the first one that matches is the first match, exactly as reading the texts in order finds.
struct NormalizedTextIndex {
    /// Long enough for a run to be rare in prose, short enough that almost every quote has one.
    static let gramLength = 8

    private let texts: [NormalizedText]
    /// Each text's first unit in the numbering of all texts' units one after the other.
    private let textStarts: [Int]
    /// Bucket `b`'s positions are `positions[bucketStarts[b]..<bucketStarts[b + 1]]`.
    private let bucketStarts: [Int32]
    private let positions: [Int32]
    private let bucketShift: UInt64

    /// Nil when the texts hold too many units to number in 32 bits.
    init?(_ texts: [NormalizedText]) {
        var textStarts: [Int] = []
        var total = 0
        for text in texts {
            textStarts.append(total)
            total += text.count
        }
        guard total < Int(Int32.max) else { return nil }
        var bits = 10
        while 1 << bits < total / 2 { bits += 1 }
        let bucketCount = 1 << bits
        let shift = UInt64(64 - bits)
        let length = Self.gramLength
        // Each position's bucket, kept between the counting pass and the filling pass.
        var bucketOf = [Int32](repeating: -1, count: total)
        var starts = [Int32](repeating: 0, count: bucketCount + 1)
        for (index, text) in texts.enumerated() where text.count >= length {
            text.units.withUnsafeBufferPointer { units in
                for position in 0...(units.count - length) {
                    let bucket = Self.bucket(of: units[position..<position + length], shift: shift)
                    bucketOf[textStarts[index] + position] = Int32(bucket)
                    starts[bucket + 1] += 1
                }
            }
        }
        for bucket in 0..<bucketCount { starts[bucket + 1] += starts[bucket] }
        var positions = [Int32](repeating: 0, count: Int(starts[bucketCount]))
        var next = starts
        for (position, bucket) in bucketOf.enumerated() where bucket >= 0 {
            positions[Int(next[Int(bucket)])] = Int32(position)
            next[Int(bucket)] += 1
        }
        self.texts = texts
        self.textStarts = textStarts
        bucketStarts = starts
        self.positions = positions
        bucketShift = shift
    }

    private static func bucket(of run: Slice<UnsafeBufferPointer<NormalizedText.Unit>>, shift: UInt64) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for unit in run { hash = (hash ^ UInt64(unit.scalar)) &* 0x100_0000_01B3 }
        return Int((hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The first text (by index) holding `needle` and the UTF-8 range of the match in its source (`sources`, the strings
    /// the texts were made from); nil when none does. `needle` must be at least `gramLength` units long.
    func firstMatch(of needle: NormalizedText, in sources: [String]) -> (text: Int, range: Range<Int>)? {
        precondition(needle.count >= Self.gramLength)
        // The run of the needle whose bucket is smallest: the fewest places to check.
        var best = (offset: 0, bucket: 0, size: Int.max)
        needle.units.withUnsafeBufferPointer { units in
            for offset in 0...(units.count - Self.gramLength) {
                let bucket = Self.bucket(of: units[offset..<offset + Self.gramLength], shift: bucketShift)
                let size = Int(bucketStarts[bucket + 1] - bucketStarts[bucket])
                if size < best.size { best = (offset, bucket, size) }
                if size == 0 { break }
            }
        }
        var text = 0
        for entry in Int(bucketStarts[best.bucket])..<Int(bucketStarts[best.bucket + 1]) {
            let position = Int(positions[entry])
            while text + 1 < textStarts.count, textStarts[text + 1] <= position { text += 1 }
            let start = position - best.offset - textStarts[text]
            guard start >= 0, let range = texts[text].match(needle, at: start, in: sources[text]) else { continue }
            return (text, range)
        }
        return nil
    }
}
