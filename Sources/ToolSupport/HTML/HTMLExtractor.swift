/// Parses HTML with libxml2's error-tolerant HTML parser and extracts an ``HTMLPage``.
///
/// A pure function of the bytes: broken markup is repaired the way libxml2 does (missing end
/// tags, stray `</div>`s), the charset is the one passed in (or detected from the bytes), and
/// nothing is ever fetched. The page is streamed (``HTMLStreamParser``), never built as a tree.
public enum HTMLExtractor {
    /// Extracts the page from raw bytes served with `charset` (`nil`: detect from `<meta>`/bytes).
    public static func extract(_ html: [UInt8], charset: Charset? = nil) -> HTMLPage {
        HTMLPageReader.read(html, charset: charset).page
    }
}
