internal import CColumnTables

/// A column's texts as column tables keep them: a code per row and each
/// distinct text once. Coded as the table is read (`Builder`), so that a
/// million ratings are never a million `String`s in an array, and a check
/// over a column looks each distinct text up once.
public struct CodedTexts: Sendable {
    /// A code per row, in order of each text's first appearance; -1 for none.
    public let codes: [Int32]
    /// The distinct texts, by code (one only a dropped row had stays, held by no row).
    public let texts: [String]

    public var count: Int { codes.count }

    public subscript(row: Int) -> String? {
        let code = codes[row]
        return code < 0 ? nil : texts[Int(code)]
    }

    /// The rows at `rows`, in that order, with the same texts.
    public func keeping(_ rows: [Int]) -> CodedTexts {
        CodedTexts(codes: rows.map { codes[$0] }, texts: texts)
    }

    private init(codes: [Int32], texts: [String]) {
        self.codes = codes
        self.texts = texts
    }

    /// Codes texts as they come, by a hash of their bytes (never a
    /// normalising comparison); `finish` makes the column. A struct, so that
    /// a million appends pay no exclusivity check of a class's property.
    public struct Builder {
        /// Owns the C coder: freed with the last copy of the builder.
        private final class Coder {
            let pointer = baocao_text_coder_create()
            deinit { baocao_text_coder_free(pointer) }
        }

        private let coder = Coder()
        private var codes: [Int32] = []

        public init() {}

        public mutating func reserveCapacity(_ count: Int) { codes.reserveCapacity(count) }

        /// Rows so far.
        public var count: Int { codes.count }

        /// The last row's code (-1: none); nil before the first row.
        public var last: Int32? { codes.last }

        /// Leaves the first `count` rows (a text only they had stays coded, unused).
        public mutating func truncate(to count: Int) { codes.removeLast(codes.count - count) }

        public mutating func append(_ text: String?) {
            guard var text else { return codes.append(-1) }
            _ = text.withUTF8 { append(bytes: $0) }
        }

        /// Appends the text of these UTF-8 bytes; returns its code.
        @discardableResult
        public mutating func append(bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
            let code = bytes.withMemoryRebound(to: CChar.self) {
                baocao_text_coder_code(coder.pointer, $0.baseAddress, Int64($0.count))
            }
            codes.append(code)
            return code
        }

        /// Appends the text an earlier append gave `code`, without hashing it again.
        public mutating func append(code: Int32) {
            // Checked in debug builds only: a choice cell of a million-row table comes here.
            assert(code >= 0 && code < baocao_text_coder_count(coder.pointer), "no text has the code \(code)")
            codes.append(code)
        }

        public func finish() -> CodedTexts {
            let texts = (0..<baocao_text_coder_count(coder.pointer)).map { code in
                var length: Int64 = 0
                let bytes = baocao_text_coder_text(coder.pointer, code, &length)
                guard let bytes, length > 0 else { return "" }
                return String(decoding: UnsafeRawBufferPointer(start: bytes, count: Int(length)), as: UTF8.self)
            }
            return CodedTexts(codes: codes, texts: texts)
        }
    }
}
