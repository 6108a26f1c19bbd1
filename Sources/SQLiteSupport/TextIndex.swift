internal import CColumnTables

/// Distinct texts and their positions, found by the column tables' hash of
/// their bytes: for the sets of ids a dataset's checks look up by the hundred
/// thousand, where `Set<String>` costs several times more (SipHash, a hasher
/// made per lookup).
///
/// Texts are equal when their bytes are: a dataset's texts are read in NFC,
/// where that is canonical equality. Immutable once made, so any number of
/// threads may look up at once.
public final class TextIndex: @unchecked Sendable {
    private let coder: OpaquePointer

    /// The texts in order; a repeated text keeps its first position. An array,
    /// not any sequence: a generic one unspecialised across modules cost more
    /// per text than the hashing.
    public init(_ texts: [String]) {
        coder = baocao_text_coder_create()
        for var text in texts {
            _ = text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) {
                    baocao_text_coder_code(coder, $0.baseAddress, Int64($0.count))
                }
            }
        }
    }

    deinit { baocao_text_coder_free(coder) }

    /// How many distinct texts.
    public var count: Int { Int(baocao_text_coder_count(coder)) }

    /// The position of `text` among the distinct texts, in the order first given (so, for texts
    /// given distinct, its index in the array); nil when it was not given.
    public func position(of text: String) -> Int? {
        var text = text
        let code = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { baocao_text_coder_find(coder, $0.baseAddress, Int64($0.count)) }
        }
        return code >= 0 ? Int(code) : nil
    }

    public func contains(_ text: String) -> Bool { position(of: text) != nil }
}
