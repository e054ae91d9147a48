/// The passages of a page with what BM25 needs of them: token counts, query term frequencies,
/// and the document frequency of each term.
///
/// A passage is a run of sentences of one block, joined until it has `minimumPassageLength`
/// bytes. One pass over each block finds the sentence ends and counts the tokens; ordinary text
/// is read 8 bytes at a time (``ByteLanes``), and only words that may be query terms are looked at
/// one by one. No token spans a sentence end, so counting per passage is counting per block.
struct PassageCollection {
    struct Passage {
        var range: Range<Int>
        /// Tokens in the passage.
        var length: Int
    }

    let terms: SearchTerms
    let minimumPassageLength: Int
    /// Passages with at least 3 tokens (shorter ones are not part of the collection).
    private(set) var passages: [Passage] = []
    /// `terms.terms.count` frequencies per passage.
    private(set) var frequencies: [Int] = []
    private(set) var documentFrequency: [Int]
    private(set) var totalLength = 0
    /// The passage being read: its token count and term frequencies.
    private var length = 0
    private var counts: [Int]

    init(terms: SearchTerms, minimumPassageLength: Int) {
        self.terms = terms
        self.minimumPassageLength = minimumPassageLength
        documentFrequency = [Int](repeating: 0, count: terms.terms.count)
        counts = documentFrequency
    }

    /// Reads the block `text[block]`.
    mutating func add(_ block: Range<Int>, of text: UnsafeBufferPointer<UInt8>) {
        var scan = Scan(block: block)
        // 8 bytes at a time while a ninth follows (an apostrophe joins words only before a word byte).
        while scan.index + 8 < block.upperBound {
            let lanes = ByteLanes.load(text, scan.index)
            let words = ByteLanes.word(lanes)
            let following: UInt64 = SearchTerms.isWordByte(text[scan.index + 8]) ? 0x80 << 56 : 0
            let joiningApostrophes = ByteLanes.equal(lanes, UInt8(ascii: "'")) & (words << 8 | scan.previousInToken) & (words >> 8 | following)
            let inToken = words | joiningApostrophes
            let tokenStarts = inToken & ~(inToken << 8 | scan.previousInToken)
            let punctuation = ByteLanes.equal(lanes, UInt8(ascii: ".")) | ByteLanes.equal(lanes, UInt8(ascii: "!")) | ByteLanes.equal(lanes, UInt8(ascii: "?"))
            if punctuation == 0 {
                length += tokenStarts.nonzeroBitCount
                var candidates = tokenStarts & terms.termStartLanes(lanes)
                if candidates != 0 {
                    let lowercased = ByteLanes.lowercased(lanes)
                    repeat {
                        countTerm(inLane: ByteLanes.firstLane(candidates), of: lowercased, inToken: inToken, at: scan.index, in: text, block: block)
                        candidates &= candidates - 1
                    } while candidates != 0
                }
            } else {
                let lowercased = ByteLanes.lowercased(lanes)
                var events = tokenStarts | punctuation
                while events != 0 {
                    let lane = ByteLanes.firstLane(events)
                    let position = scan.index + lane
                    if tokenStarts & (0x80 << (8 * UInt64(lane))) != 0 {
                        length += 1
                        if terms.mayStartTerm(text[position]) {
                            countTerm(inLane: lane, of: lowercased, inToken: inToken, at: scan.index, in: text, block: block)
                        }
                    } else {
                        checkSentenceEnd(at: position, in: text, scan: &scan)
                    }
                    events &= events - 1
                }
            }
            scan.previousInToken = (inToken >> 56) & 0x80
            scan.index += 8
        }
        // The last bytes one by one, by the same rules.
        var previousInToken = scan.previousInToken != 0
        while scan.index < block.upperBound {
            let byte = text[scan.index]
            let inToken = SearchTerms.isWordByte(byte)
                || (byte == UInt8(ascii: "'") && previousInToken && scan.index + 1 < block.upperBound && SearchTerms.isWordByte(text[scan.index + 1]))
            if inToken && !previousInToken {
                length += 1
                if terms.mayStartTerm(byte) { countTerm(at: scan.index, in: text, block: block) }
            } else if !inToken {
                checkSentenceEnd(at: scan.index, in: text, scan: &scan)
            }
            previousInToken = inToken
            scan.index += 1
        }
        if scan.passageStart < block.upperBound { endPassage(scan.passageStart..<block.upperBound) }
    }

    /// Where the reading of a block is.
    private struct Scan {
        let end: Int
        var index: Int
        var passageStart: Int
        var sentenceStart: Int
        /// 0x80 when the byte before `index` is part of a token.
        var previousInToken: UInt64 = 0

        init(block: Range<Int>) {
            end = block.upperBound
            index = block.lowerBound
            passageStart = block.lowerBound
            sentenceStart = block.lowerBound
        }
    }

    /// Counts the token starting at `start` (with a byte a term starts with) if it is a query term.
    private mutating func countTerm(at start: Int, in text: UnsafeBufferPointer<UInt8>, block: Range<Int>) {
        if let term = terms.termIndex(ofTokenAt: start, in: text, end: block.upperBound) { counts[term] += 1 }
    }

    /// The same for a token starting in `lane` of the 8 bytes at `index`, whose lanes (lower-cased)
    /// and token flags are at hand: a token that ends within them needs nothing more.
    @inline(__always)
    private mutating func countTerm(
        inLane lane: Int, of lowercased: UInt64, inToken: UInt64, at index: Int, in text: UnsafeBufferPointer<UInt8>, block: Range<Int>
    ) {
        let outsideAfter = lane < 7 ? ~inToken & ByteLanes.highBits & (UInt64.max << (8 * UInt64(lane + 1))) : 0
        guard outsideAfter != 0 else { return countTerm(at: index + lane, in: text, block: block) }
        let shift = 8 * UInt64(lane)
        if let term = terms.termIndex(ofShortToken: lowercased >> shift, length: ByteLanes.firstLane(outsideAfter) - lane) { counts[term] += 1 }
    }

    /// At a byte outside tokens: if a sentence ends there, the passage ends too once it is long enough.
    private mutating func checkSentenceEnd(at index: Int, in text: UnsafeBufferPointer<UInt8>, scan: inout Scan) {
        guard SentenceSplitter.endsSentence(text, at: index, sentenceStart: scan.sentenceStart, end: scan.end) else { return }
        if index + 1 - scan.passageStart >= minimumPassageLength {
            endPassage(scan.passageStart..<index + 1)
            scan.passageStart = index + 2
        }
        scan.sentenceStart = index + 2
    }

    private mutating func endPassage(_ range: Range<Int>) {
        defer {
            for term in counts.indices { counts[term] = 0 }
            length = 0
        }
        guard length >= 3 else { return }
        for term in counts.indices where counts[term] > 0 { documentFrequency[term] += 1 }
        totalLength += length
        passages.append(Passage(range: range, length: length))
        frequencies.append(contentsOf: counts)
    }
}
